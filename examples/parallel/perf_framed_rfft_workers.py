# /// example
# task = """
# This loop cuts the recording `signal` into frames of 256 samples with a hop of 128 (only whole \
# frames), applies a Hann window (`np.hanning(256)`) to each and stores the power \
# `|rfft|**2` of every frame, one row per frame, in `frame_power`:
#
# ```python
# import numpy as np
#
# window = np.hanning(256)
# starts = range(0, len(signal) - 256 + 1, 128)
# frame_power = np.array([np.abs(np.fft.rfft(signal[s : s + 256] * window)) ** 2 for s in starts])
# ```
#
# Vectorise it: build all frames at once as a strided view of `signal` and transform them with a \
# single `scipy.fft.rfft` call on all CPU cores, giving the same `frame_power`."""
# prompt = """
# I compute a simple power spectrogram of `signal`: frames of 256 samples, hop 128, whole frames \
# only, Hann window (`np.hanning(256)`), power of the rfft per frame, stacked in `frame_power`:
#
# ```python
# import numpy as np
#
# window = np.hanning(256)
# starts = range(0, len(signal) - 256 + 1, 128)
# frame_power = np.array([np.abs(np.fft.rfft(signal[s : s + 256] * window)) ** 2 for s in starts])
# ```
#
# How do I get the frames without copying them in a loop, and do all the FFTs in one scipy.fft \
# call that uses every core?"""
# task_type = 'performance'
# domain = 'signal_processing'
# libraries = ['scipy.fft', 'numpy']
# inputs = { signal = 'audio.signal' }
# checks = [
#     'frame_power.shape == ((len(signal) - 256) // 128 + 1, 256 // 2 + 1)',
#     '''np.allclose(frame_power, [
#         np.abs(np.fft.rfft(signal[s : s + 256] * np.hanning(256))) ** 2
#         for s in range(0, len(signal) - 255, 128)
#     ], rtol=1e-9, atol=1e-9 * (1 + np.max(np.abs(signal)) ** 2))''',
# ]
# difficulty = 'intermediate'
# tags = ['vectorization', 'parallelism', 'time-frequency', 'window-functions']
# [edge_cases]
# min_size = 256
# why = 'the frames need at least one whole frame of 256 samples'
# ///
import numpy as np
import scipy.fft
from numpy.lib.stride_tricks import sliding_window_view

# every window of 256 consecutive samples as a read-only view, then every 128th of them
frames = sliding_window_view(signal, 256)[::128]
# the window broadcasts over the rows; workers=-1 runs the row transforms on all cores
frame_power = np.abs(scipy.fft.rfft(frames * np.hanning(256), axis=1, workers=-1)) ** 2
