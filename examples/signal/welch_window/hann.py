# /// example
# # window type for Welch: leakage vs resolution vs amplitude accuracy
# task = """
# Estimate the power spectral density of `signal` (sampled at `fs` Hz) with Welch's method using \
# a hann window and half-overlapping segments of 512 samples (or the whole signal if shorter); \
# store the frequencies in `freqs` and the density in `psd`, and the frequency of its largest \
# peak (expected at one of the known tones `tones`) in `peak_freq`."""
# prompt = """
# Compute a Welch power spectral density of `signal` (sampled at `fs` Hz) with a Hann window and \
# half-overlapping segments of 512 samples, or the whole signal if it's shorter. Store `freqs` \
# and `psd`, and put the frequency of the highest PSD peak (expected at one of the known tones \
# `tones`) in `peak_freq`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { signal = 'noisy.signal', fs = 'noisy.fs', tones = 'noisy.tones' }
# checks = [
#     'freqs.shape == psd.shape and np.all(psd >= 0)',
#     'np.allclose(freqs, np.fft.rfftfreq(min(512, len(signal)), 1 / fs))',
#     'np.allclose(psd, scipy.signal.welch(signal, fs=fs, window="hann", nperseg=min(512, len(signal)), noverlap=min(512, len(signal)) // 2)[1], rtol=1e-6, atol=1e-9 * np.max(psd))',
#     # (a pure-noise signal has no tones to find)
#     'tones.size == 0 or np.min(np.abs(tones - peak_freq)) <= 2 * (freqs[1] - freqs[0])',
#     # density scaling: integrating the PSD gives back the variance (to within the estimate's
#     # scatter, wider for the flat-top window, whose negative lobes weight fewer samples)
#     'np.isclose(psd.sum() * (freqs[1] - freqs[0]), signal.var(), rtol=0.35)',
# ]
# difficulty = 'basic'
# tags = ['spectral-analysis', 'window-functions', 'parameter-choice']
# family = 'signal.welch_window'
# [edge_cases]
# tone_ranges = [[30, 45], [60, 100], [150, 200]]
# min_seconds = 1.0
# why = "integrating the PSD gives back the variance only where the segments resolve every tone from DC (whose bin the per-segment detrending empties): at 2 kHz a 512-sample flat-top segment's main lobe spans about 20 Hz, so the lowest tone is drawn from 30 Hz up; and the noise's variance is only estimated to within the check's tolerance from a second of signal or more"
# ///
import numpy as np
from scipy import signal as sps

# hann window: a good default: low leakage, moderate main-lobe width
nperseg = min(512, len(signal))
freqs, psd = sps.welch(signal, fs=fs, window="hann", nperseg=nperseg)
peak_freq = freqs[np.argmax(psd)]
