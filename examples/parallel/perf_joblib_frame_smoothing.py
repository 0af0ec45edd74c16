# /// example
# task = """
# This loop smooths every frame of the image stack `frames` (frames x rows x columns) with a \
# Gaussian filter of `sigma=1.5`, one frame after the other, into `smoothed`:
#
# ```python
# import numpy as np
# from scipy import ndimage
#
# smoothed = np.empty_like(frames)
# for i, frame in enumerate(frames):
#     smoothed[i] = ndimage.gaussian_filter(frame, sigma=1.5)
# ```
#
# Make it faster by filtering the frames in parallel with joblib threads, giving the same \
# `smoothed`."""
# prompt = """
# I smooth each frame of my microscopy stack `frames` (frames x rows x columns) with a 2-D Gaussian \
# filter, `sigma=1.5`, into `smoothed`:
#
# ```python
# import numpy as np
# from scipy import ndimage
#
# smoothed = np.empty_like(frames)
# for i, frame in enumerate(frames):
#     smoothed[i] = ndimage.gaussian_filter(frame, sigma=1.5)
# ```
#
# Real stacks have thousands of frames. Can joblib run the frames in parallel threads and give the \
# same `smoothed` array?"""
# task_type = 'performance'
# domain = 'signal_processing'
# libraries = ['joblib', 'scipy.ndimage', 'numpy']
# inputs = { frames = 'frames' }
# checks = [
#     'smoothed.shape == frames.shape',
#     'np.allclose(smoothed, np.stack([scipy.ndimage.gaussian_filter(frame, sigma=1.5) for frame in frames]), equal_nan=True)',
#     # smoothing within each frame only: a frame's total brightness barely changes (reflected borders)
#     'np.allclose(smoothed.mean(axis=(1, 2)), frames.mean(axis=(1, 2)), rtol=0.05, atol=0.05 * np.abs(frames).max()) or not np.all(np.isfinite(frames))',
# ]
# difficulty = 'basic'
# tags = ['parallelism', 'smoothing']
# edge_cases = true
# ///
import numpy as np
from joblib import Parallel, delayed
from scipy import ndimage

# SciPy's filters release the GIL, so threads filter several frames at the same time
# without copying the stack to other processes
filtered = Parallel(n_jobs=2, prefer="threads")(
    delayed(ndimage.gaussian_filter)(frame, sigma=1.5) for frame in frames
)
smoothed = np.stack(filtered)
