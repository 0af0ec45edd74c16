# /// example
# task = """
# This loop counts, in every frame of the image stack `frames`, the connected regions of pixels \
# brighter than 0.5 (4-connected, SciPy's default), into the integer array `n_regions`:
#
# ```python
# import numpy as np
# from scipy import ndimage
#
# n_regions = np.zeros(len(frames), dtype=int)
# for i, frame in enumerate(frames):
#     _, n_regions[i] = ndimage.label(frame > 0.5)
# ```
#
# Speed it up by labelling the frames in parallel with a `concurrent.futures.ThreadPoolExecutor`, \
# giving the same `n_regions`."""
# prompt = """
# I count the bright blobs (connected pixels above `0.5`, default 4-connectivity) in every frame of \
# my image stack `frames`, into an integer array `n_regions`:
#
# ```python
# import numpy as np
# from scipy import ndimage
#
# n_regions = np.zeros(len(frames), dtype=int)
# for i, frame in enumerate(frames):
#     _, n_regions[i] = ndimage.label(frame > 0.5)
# ```
#
# How do I spread the frames over a thread pool from concurrent.futures and still get the same \
# `n_regions`?"""
# task_type = 'performance'
# domain = 'signal_processing'
# libraries = ['scipy.ndimage', 'numpy']
# inputs = { frames = 'frames' }
# checks = [
#     'n_regions.shape == (len(frames),) and np.issubdtype(n_regions.dtype, np.integer)',
#     'np.array_equal(n_regions, [scipy.ndimage.label(frame > 0.5)[1] for frame in frames])',
# ]
# difficulty = 'basic'
# tags = ['parallelism']
# edge_cases = true
# ///
from concurrent.futures import ThreadPoolExecutor

import numpy as np
from scipy import ndimage


def count_regions(frame):
    _, count = ndimage.label(frame > 0.5)
    return count


# one task per frame; map hands the counts back in frame order
with ThreadPoolExecutor(max_workers=2) as executor:
    n_regions = np.fromiter(executor.map(count_regions, frames), dtype=int, count=len(frames))
