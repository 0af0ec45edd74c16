# /// example
# task = """
# This code should estimate the power spectral density of `recording` (sampled at `fs` Hz) with \
# Welch's method on 512-sample segments, in `freqs` (Hz) and `psd` (power per Hz), and store the \
# frequency of the highest peak in `peak_hz`. It runs, but `peak_hz` comes out as about 0.006 \
# although the strongest tone is at 5 Hz:
#
# ```python
# from scipy import signal
#
# freqs, psd = signal.welch(recording, nperseg=512)
# peak_hz = freqs[psd.argmax()]
# ```
#
# Fix it."""
# prompt = """
# I'm computing the Welch PSD of my recording `recording` (sample rate `fs` Hz) with 512-sample \
# segments, keeping `freqs` in Hz and `psd` in power per Hz, and then reading off the frequency \
# of the tallest peak as `peak_hz`:
#
# ```python
# from scipy import signal
#
# freqs, psd = signal.welch(recording, nperseg=512)
# peak_hz = freqs[psd.argmax()]
# ```
#
# The strongest tone is at 5 Hz, yet `peak_hz` is about 0.006. What's going on?"""
# task_type = 'fix'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { recording = 'noisy.signal', fs = 'noisy.fs' }
# checks = [
#     'np.allclose(freqs, scipy.signal.welch(recording, fs=fs, nperseg=512)[0])',
#     'np.allclose(psd, scipy.signal.welch(recording, fs=fs, nperseg=512)[1], rtol=1e-9, atol=1e-12 * np.max(scipy.signal.welch(recording, fs=fs, nperseg=512)[1]))',
#     'np.isclose(peak_hz, freqs[np.argmax(psd)])',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'spectral-analysis']
# [edge_cases]
# min_seconds = 1.1
# why = 'a PSD on 512-sample segments needs at least 512 samples at every drawn rate, down to 500 Hz'
# ///
from scipy import signal

# without fs, welch returns frequencies in cycles per sample and a PSD per cycle/sample
freqs, psd = signal.welch(recording, fs=fs, nperseg=512)
peak_hz = freqs[psd.argmax()]
