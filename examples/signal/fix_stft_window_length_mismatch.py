# /// example
# task = """
# This code should compute the STFT of the recording `x` (sampled at `fs` Hz) with 256-sample \
# Hann segments (the periodic Hann window used for spectral analysis), storing the frequencies, \
# segment times and values in `f`, `times` and `Zxx`, but it raises an error:
#
# ```python
# import numpy as np
# from scipy import signal
#
# f, times, Zxx = signal.stft(x, fs=fs, window=np.hanning(128), nperseg=256)
# ```
#
# ```text
# ValueError: value specified for nperseg is different from length of window
# ```
#
# Fix it."""
# prompt = """
# I want an STFT of `x` (rate `fs`) with 256-sample segments and a (periodic) Hann window, into \
# `f`, `times` and `Zxx`:
#
# ```python
# import numpy as np
# from scipy import signal
#
# f, times, Zxx = signal.stft(x, fs=fs, window=np.hanning(128), nperseg=256)
# ```
#
# ```text
# ValueError: value specified for nperseg is different from length of window
# ```"""
# task_type = 'fix'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { x = 'audio.signal', fs = 'audio.fs' }
# checks = [
#     'np.allclose(f, np.fft.rfftfreq(256, d=1 / fs))',
#     'np.allclose(Zxx, scipy.signal.stft(x, fs=fs, window="hann", nperseg=256)[2], atol=1e-12 * (1 + np.abs(x).max()))',
#     'np.allclose(times, scipy.signal.stft(x, fs=fs, window="hann", nperseg=256)[1])',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'time-frequency', 'window-functions']
# [edge_cases]
# min_size = 256
# why = 'one 256-sample segment needs at least 256 samples'
# ///
from scipy import signal

# an array window must have nperseg samples; passing the name builds the periodic Hann of that length
f, times, Zxx = signal.stft(x, fs=fs, window="hann", nperseg=256)
