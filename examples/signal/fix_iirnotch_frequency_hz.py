# /// example
# task = """
# This code should remove 50 Hz mains hum from the recording `x` (sampled at `fs` Hz) with a \
# notch filter of quality factor 30, applied forward and backward, and store the result in \
# `dehummed`, but it raises an error:
#
# ```python
# from scipy import signal
#
# b, a = signal.iirnotch(50, 30)
# dehummed = signal.filtfilt(b, a, x)
# ```
#
# ```text
# ValueError: w0 should be such that 0 < w0 < 1
# ```
#
# Fix it."""
# prompt = """
# I'm notching out 50 Hz hum (Q = 30) from my audio `x` sampled at `fs` Hz, zero phase, into \
# `dehummed`:
#
# ```python
# from scipy import signal
#
# b, a = signal.iirnotch(50, 30)
# dehummed = signal.filtfilt(b, a, x)
# ```
#
# ```text
# ValueError: w0 should be such that 0 < w0 < 1
# ```
#
# 50 Hz is definitely between 0 and Nyquist, so what does it want?"""
# task_type = 'fix'
# domain = 'signal_processing'
# libraries = ['scipy.signal']
# inputs = { x = 'audio.signal', fs = 'audio.fs' }
# checks = [
#     'np.shape(dehummed) == np.shape(x)',
#     'np.allclose(dehummed, scipy.signal.filtfilt(*scipy.signal.iirnotch(50, 30, fs=fs), x), rtol=1e-6, atol=1e-8 * max(1.0, float(np.abs(x).max())))',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'bandpass', 'iir-filter', 'filtering']
# edge_cases = true
# ///
from scipy import signal

# without fs, w0 is a fraction of the Nyquist frequency; with fs it is in Hz
b, a = signal.iirnotch(50, 30, fs=fs)
dehummed = signal.filtfilt(b, a, x)
