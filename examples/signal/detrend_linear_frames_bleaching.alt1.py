import numpy as np

n_frames = frames.shape[0]
time_index = np.arange(n_frames, dtype=float)
design = np.column_stack([time_index, np.ones(n_frames)])
# fit every pixel at once: the pixels are the columns of a (frames, pixels) matrix
pixels = frames.reshape(n_frames, -1)
coefficients, *_ = np.linalg.lstsq(design, pixels, rcond=None)
corrected = (pixels - design @ coefficients).reshape(frames.shape)
