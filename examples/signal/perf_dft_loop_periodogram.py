# /// example
# task = """
# This loop computes the one-sided power spectral density of the recording `x` (sampled at `fs` \
# Hz) bin by bin from the DFT sum, with no window and no detrending, and stores the frequencies \
# in `freqs` and the PSD in `psd`:
#
# ```python
# import numpy as np
#
# n = len(x)
# samples = np.arange(n)
# freqs = np.arange(n // 2 + 1) * fs / n
# psd = np.empty(n // 2 + 1)
# for k in range(n // 2 + 1):
#     coefficient = np.sum(x * np.exp(-2j * np.pi * k * samples / n))
#     psd[k] = abs(coefficient) ** 2 / (fs * n)
#     if 0 < k < n / 2:
#         psd[k] *= 2
# ```
#
# Replace the loop with one SciPy call that gives the same `freqs` and `psd`."""
# prompt = """
# I compute a PSD of `x` (rate `fs`) with my own DFT loop: no window, no detrending, one-sided \
# (bins between DC and Nyquist doubled), density scaling, into `freqs` and `psd`:
#
# ```python
# import numpy as np
#
# n = len(x)
# samples = np.arange(n)
# freqs = np.arange(n // 2 + 1) * fs / n
# psd = np.empty(n // 2 + 1)
# for k in range(n // 2 + 1):
#     coefficient = np.sum(x * np.exp(-2j * np.pi * k * samples / n))
#     psd[k] = abs(coefficient) ** 2 / (fs * n)
#     if 0 < k < n / 2:
#         psd[k] *= 2
# ```
#
# It takes ages for long signals. Which scipy function does exactly this?"""
# task_type = 'performance'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { x = 'stereo.x', fs = 'stereo.fs' }
# checks = [
#     'np.allclose(freqs, np.fft.rfftfreq(len(x), d=1 / fs))',
#     # |rfft|^2 / (fs n), doubled except at DC and (for even n) Nyquist
#     'np.allclose(psd, np.abs(np.fft.rfft(x)) ** 2 / (fs * len(x)) * np.where((np.arange(len(x) // 2 + 1) > 0) & (np.arange(len(x) // 2 + 1) < len(x) / 2), 2, 1), rtol=1e-6, atol=1e-9 * np.sum(x**2) / fs)',
# ]
# difficulty = 'intermediate'
# tags = ['vectorization', 'spectral-analysis', 'fourier-transform']
# edge_cases = true
# ///
from scipy import signal

# the defaults would remove the mean (detrend="constant"); the loop does not
freqs, psd = signal.periodogram(x, fs=fs, window="boxcar", detrend=False, scaling="density")
