# /// example
# task = """
# This loop cuts the recording `x` into 256-sample frames with a hop of 128 (no padding; leftover \
# samples at the end are dropped), multiplies each by a periodic Hann window and stores the \
# magnitude of each frame's one-sided FFT as a row of `frame_magnitudes` (frames x 129):
#
# ```python
# import numpy as np
# from scipy import signal
#
# window = signal.get_window("hann", 256)
# n_frames = (len(x) - 256) // 128 + 1
# frame_magnitudes = np.empty((n_frames, 129))
# for i in range(n_frames):
#     frame = x[i * 128 : i * 128 + 256] * window
#     frame_magnitudes[i] = np.abs(np.fft.rfft(frame))
# ```
#
# Produce the same `frame_magnitudes` without the Python loop over frames."""
# prompt = """
# I build a magnitude spectrogram of `x` by hand: 256-sample frames every 128 samples (leftovers \
# dropped), periodic Hann window, |rfft| of each frame as a row of `frame_magnitudes`:
#
# ```python
# import numpy as np
# from scipy import signal
#
# window = signal.get_window("hann", 256)
# n_frames = (len(x) - 256) // 128 + 1
# frame_magnitudes = np.empty((n_frames, 129))
# for i in range(n_frames):
#     frame = x[i * 128 : i * 128 + 256] * window
#     frame_magnitudes[i] = np.abs(np.fft.rfft(frame))
# ```
#
# Can I do all frames in one shot?"""
# task_type = 'performance'
# domain = 'signal_processing'
# libraries = ['numpy', 'scipy.signal']
# inputs = { x = 'audio.signal' }
# checks = [
#     'np.shape(frame_magnitudes) == ((len(x) - 256) // 128 + 1, 129)',
#     'np.allclose(frame_magnitudes[-1], np.abs(np.fft.rfft(x[((len(x) - 256) // 128) * 128 : ((len(x) - 256) // 128) * 128 + 256] * np.hanning(257)[:-1])), atol=1e-9 * (1 + np.abs(x).max()))',
#     'np.allclose(frame_magnitudes, np.abs(np.fft.rfft(np.lib.stride_tricks.sliding_window_view(x, 256)[::128] * np.hanning(257)[:-1], axis=1)), atol=1e-9 * (1 + np.abs(x).max()))',
# ]
# difficulty = 'intermediate'
# tags = ['vectorization', 'time-frequency', 'fourier-transform']
# [edge_cases]
# min_size = 256
# why = 'one 256-sample frame needs at least 256 samples'
# ///
import numpy as np
from scipy import signal

window = signal.get_window("hann", 256)
# a strided view of every 256-sample window, keeping every 128th start: no copy, no loop
frames = np.lib.stride_tricks.sliding_window_view(x, 256)[::128]
frame_magnitudes = np.abs(np.fft.rfft(frames * window, axis=1))
