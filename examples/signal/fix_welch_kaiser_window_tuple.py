# /// example
# task = """
# This code should estimate the power spectral density of the recording `x` (sampled at `fs` Hz) \
# with Welch's method, 256-sample segments and a Kaiser window with beta 8, storing the \
# frequencies in `freqs` and the PSD in `psd`, but it raises an error:
#
# ```python
# from scipy import signal
#
# freqs, psd = signal.welch(x, fs=fs, window="kaiser", nperseg=256)
# ```
#
# ```text
# ValueError: 'kaiser' must have parameters, but window='kaiser'!
# ```
#
# Fix it."""
# prompt = """
# I want a Welch PSD of my recording `x` (rate `fs`) with 256-sample segments and a Kaiser window \
# (beta 8) for low leakage, into `freqs` and `psd`:
#
# ```python
# from scipy import signal
#
# freqs, psd = signal.welch(x, fs=fs, window="kaiser", nperseg=256)
# ```
#
# but I get
#
# ```text
# ValueError: 'kaiser' must have parameters, but window='kaiser'!
# ```
#
# How do I pass the beta?"""
# task_type = 'fix'
# domain = 'signal_processing'
# libraries = ['scipy.signal']
# inputs = { x = 'audio.signal', fs = 'audio.fs' }
# checks = [
#     'np.allclose(freqs, np.fft.rfftfreq(256, d=1 / fs))',
#     'np.allclose(psd, scipy.signal.welch(x, fs=fs, window=scipy.signal.windows.kaiser(256, 8, sym=False), nperseg=256)[1], rtol=1e-9, atol=0)',
#     # beta 8 is not the Hann default nor another beta
#     'not np.allclose(psd, scipy.signal.welch(x, fs=fs, nperseg=256)[1], rtol=1e-3, atol=0)',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'spectral-analysis', 'window-functions']
# [edge_cases]
# min_size = 256
# noise_only = true
# why = 'one 256-sample Welch segment needs at least 256 samples'
# ///
from scipy import signal

# a parametrised window is given as a tuple of its name and its parameter (beta)
freqs, psd = signal.welch(x, fs=fs, window=("kaiser", 8.0), nperseg=256)
