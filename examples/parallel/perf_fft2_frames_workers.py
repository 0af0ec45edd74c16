# /// example
# task = """
# This loop computes the 2-D power spectrum (squared magnitude of the 2-D FFT) of every frame of \
# the image stack `frames`, one frame at a time, into `power`:
#
# ```python
# import numpy as np
#
# power = np.empty(frames.shape)
# for i, frame in enumerate(frames):
#     power[i] = np.abs(np.fft.fft2(frame)) ** 2
# ```
#
# Replace the loop with one `scipy.fft` call over the last two axes that spreads the frames over \
# all CPU cores, giving the same `power`."""
# prompt = """
# I take the 2-D power spectrum |FFT2|^2 of each frame in my image stack `frames` in a Python loop \
# and store it in `power`:
#
# ```python
# import numpy as np
#
# power = np.empty(frames.shape)
# for i, frame in enumerate(frames):
#     power[i] = np.abs(np.fft.fft2(frame)) ** 2
# ```
#
# Can scipy.fft do all frames in one call, using every core, with the same `power`?"""
# task_type = 'performance'
# domain = 'signal_processing'
# libraries = ['scipy.fft', 'numpy']
# inputs = { frames = 'frames' }
# checks = [
#     'power.shape == frames.shape',
#     'np.allclose(power, np.stack([np.abs(np.fft.fft2(frame)) ** 2 for frame in frames]), equal_nan=True)',
#     # Parseval: the summed power of each frame is size times its summed squares
#     'np.allclose(power.sum(axis=(1, 2)), frames[0].size * (frames**2).sum(axis=(1, 2)), equal_nan=True)',
# ]
# difficulty = 'basic'
# tags = ['vectorization', 'parallelism', 'fourier-transform']
# edge_cases = true
# ///
import numpy as np
import scipy.fft

# fft2 transforms the last two axes of the whole stack at once; workers=-1 hands the
# independent frames to all cores
power = np.abs(scipy.fft.fft2(frames, workers=-1)) ** 2
