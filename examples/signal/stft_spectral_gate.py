# /// example
# task = """
# Denoise `signal` (sampled at `fs` Hz) by spectral gating: take its STFT (256-sample segments, \
# or the whole signal if shorter), zero every time-frequency bin whose magnitude is below 4 times \
# the median magnitude, and invert with `istft`; store the result, trimmed to the input length, \
# in `denoised` (the tones `tones` should survive, the broadband noise should not)."""
# prompt = """
# Denoise `signal` (sampled at `fs` Hz) by spectral gating: take its STFT with 256-sample \
# segments (or the whole signal if shorter), zero every time-frequency bin whose magnitude is \
# below 4 times the median magnitude, and invert back to the time domain. Store the result, \
# trimmed to the input length, in `denoised`; the tones `tones` should survive while the \
# broadband noise goes."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { signal = 'audio.signal', fs = 'audio.fs', tones = 'audio.tones' }
# checks = [
#     'denoised.shape == signal.shape',
#     # the gate as stated: 256-sample STFT bins below 4 times the median magnitude zeroed, then inverted
#     '(lambda Z: np.allclose(denoised, scipy.signal.istft(np.where(np.abs(Z) < 4 * np.median(np.abs(Z)), 0, Z), fs=fs, nperseg=min(256, len(signal)))[1][: len(signal)], rtol=1e-6, atol=1e-9 * np.abs(signal).max()))(scipy.signal.stft(signal, fs=fs, nperseg=min(256, len(signal)))[2])',
#     # most of each tone survives (with noise as strong as the weaker tone, some of its
#     # side bins fall under the gate)
#     'all(band_power(denoised, fs, f - 2, f + 2) >= 0.6 * band_power(signal, fs, f - 2, f + 2) - 0.0001 * band_power(signal, fs, 0, fs / 2) for f in tones)',
#     # above the highest tone there is only noise (everywhere, for a pure-noise signal)
#     'band_power(denoised, fs, np.max(tones, initial=0) + 200, fs / 2) <= 0.2 * band_power(signal, fs, np.max(tones, initial=0) + 200, fs / 2) + 0.0001 * band_power(signal, fs, 0, fs / 2)',
# ]
# difficulty = 'advanced'
# tags = ['time-frequency', 'smoothing']
# [edge_cases]
# min_seconds = 0.5
# why = "the checks' 4 Hz bands around the tones need periodogram bins (1 / duration) of 2 Hz or finer"
# ///
import numpy as np
from scipy import signal as sps

nperseg = min(256, len(signal))
_, _, Z = sps.stft(signal, fs=fs, nperseg=nperseg)
# tones stand far above the median bin, which is set by the broadband noise
mask = np.abs(Z) > 4 * np.median(np.abs(Z))
_, denoised = sps.istft(Z * mask, fs=fs, nperseg=nperseg)
denoised = denoised[: len(signal)]
