import numpy as np


def batches(frame, size):
    if not isinstance(size, int) or size <= 0:
        raise ValueError("size must be a positive integer")
    chunk_number = np.arange(len(frame)) // size
    return [chunk for _, chunk in frame.groupby(chunk_number, sort=True)]
