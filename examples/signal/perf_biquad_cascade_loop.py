# /// example
# task = """
# This code low-pass filters the recording `x` (sampled at `fs` Hz) by running a 4th-order \
# Butterworth filter (cutoff 1000 Hz) as a cascade of biquads, in transposed direct form II, \
# sample by sample, into `filtered`:
#
# ```python
# import numpy as np
# from scipy import signal
#
# sos = signal.butter(4, 1000, btype="lowpass", fs=fs, output="sos")
# filtered = np.asarray(x, dtype=float).copy()
# for b0, b1, b2, a0, a1, a2 in sos:
#     s1 = s2 = 0.0
#     out = np.empty(len(filtered))
#     for n, v in enumerate(filtered):
#         out[n] = b0 * v + s1
#         s1 = b1 * v - a1 * out[n] + s2
#         s2 = b2 * v - a2 * out[n]
#     filtered = out
# ```
#
# Produce the same `filtered` without the Python loops."""
# prompt = """
# I ported a biquad cascade from my microcontroller code to filter `x` (rate `fs`) with a \
# 4th-order Butterworth low-pass at 1000 Hz:
#
# ```python
# import numpy as np
# from scipy import signal
#
# sos = signal.butter(4, 1000, btype="lowpass", fs=fs, output="sos")
# filtered = np.asarray(x, dtype=float).copy()
# for b0, b1, b2, a0, a1, a2 in sos:
#     s1 = s2 = 0.0
#     out = np.empty(len(filtered))
#     for n, v in enumerate(filtered):
#         out[n] = b0 * v + s1
#         s1 = b1 * v - a1 * out[n] + s2
#         s2 = b2 * v - a2 * out[n]
#     filtered = out
# ```
#
# It matches what I expect but is far too slow in Python. How do I get the same `filtered` \
# quickly?"""
# task_type = 'performance'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { x = 'audio.signal', fs = 'audio.fs' }
# checks = [
#     'np.shape(filtered) == np.shape(x)',
#     'np.allclose(filtered, scipy.signal.sosfilt(scipy.signal.butter(4, 1000, fs=fs, output="sos"), x), rtol=1e-7, atol=1e-9 * max(1.0, float(np.abs(x).max())))',
#     # causal, starting from rest: not the zero-phase (filtfilt) result
#     'np.isclose(filtered[0], scipy.signal.butter(4, 1000, fs=fs, output="sos")[:, 0].prod() * x[0], rtol=1e-6, atol=1e-12 * max(1.0, float(np.abs(x).max())))',
# ]
# difficulty = 'advanced'
# tags = ['vectorization', 'filtering', 'iir-filter', 'lowpass']
# edge_cases = true
# ///
from scipy import signal

sos = signal.butter(4, 1000, btype="lowpass", fs=fs, output="sos")
# sosfilt runs the same transposed direct form II cascade in compiled code, from zero state
filtered = signal.sosfilt(sos, x)
