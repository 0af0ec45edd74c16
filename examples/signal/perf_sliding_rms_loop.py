# /// example
# task = """
# This code computes the RMS level of the recording `x` over sliding 50-sample windows, keeping \
# only windows that fit entirely inside `x`, into `rms` (length `len(x) - 49`):
#
# ```python
# import numpy as np
#
# window = 50
# rms = np.array([np.sqrt(np.mean(x[i : i + window] ** 2)) for i in range(len(x) - window + 1)])
# ```
#
# Compute the same `rms` without the Python loop."""
# prompt = """
# My level meter computes a sliding RMS of the audio `x` over 50 samples, only where the whole \
# window fits, so `rms` has `len(x) - 49` values:
#
# ```python
# import numpy as np
#
# window = 50
# rms = np.array([np.sqrt(np.mean(x[i : i + window] ** 2)) for i in range(len(x) - window + 1)])
# ```
#
# It's far too slow for long recordings. How do I vectorise it?"""
# task_type = 'performance'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { x = 'audio.signal' }
# checks = [
#     'len(rms) == len(x) - 49',
#     'np.allclose(rms, np.sqrt(np.lib.stride_tricks.sliding_window_view(np.asarray(x, dtype=float) ** 2, 50).mean(axis=1)), rtol=1e-6, atol=1e-6 * max(1e-300, float(np.abs(x).max())))',
#     'np.all(rms >= 0)',
# ]
# difficulty = 'intermediate'
# tags = ['vectorization', 'filtering', 'rolling-window']
# edge_cases = { min_size = 50, why = 'the task keeps only full 50-sample windows, so the recording holds at least one' }
# ///
import numpy as np
from scipy import signal

window = 50
# a 'valid' convolution of x**2 with a flat kernel is the mean power of every full window
mean_power = signal.convolve(x**2, np.full(window, 1 / window), mode="valid")
# FFT-based convolution can leave tiny negative round-off where the power is zero
rms = np.sqrt(np.clip(mean_power, 0, None))
