# /// example
# task = """
# Find the tone frequencies in `signal` (sampled at `fs` Hz; the true ones are `tones`): estimate \
# its Welch PSD (frequencies `freqs`) with half-second segments (2 Hz resolution; the whole \
# signal if shorter), convert to dB and keep the spectral peaks with a prominence of at least 15 \
# dB (`find_peaks`); store their frequencies in `detected` and their prominences in `prominences`."""
# prompt = """
# I need to find the tones in `signal` (sampled at `fs` Hz; the true ones are in `tones` for \
# checking). Estimate its Welch PSD with half-second segments (2 Hz resolution, or the whole \
# signal if shorter), frequencies in `freqs`, convert to dB, and keep the spectral peaks with a \
# prominence of at least 15 dB; store their frequencies in `detected` and their prominences in \
# `prominences`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { signal = 'noisy.signal', fs = 'noisy.fs', tones = 'noisy.tones' }
# checks = [
#     'len(detected) == len(prominences)',
#     # every tone clear of the DC bins is found (a pure-noise signal has none to find)
#     'all(np.any(np.abs(detected - f) <= 2 * (freqs[1] - freqs[0])) for f in tones if f > 2 * (freqs[1] - freqs[0]))',
#     'np.all(prominences >= 15)',
#     # 2 Hz bins (half-second segments), or the whole record's resolution when it is shorter, up to Nyquist
#     'np.isclose(freqs[1] - freqs[0], max(2.0, fs / len(signal)), rtol=0.05) and np.isclose(freqs[-1], fs / 2, atol=freqs[1] - freqs[0])',
#     # exactly the peaks standing 15 dB out of that Welch PSD in dB, with their prominences in dB
#     'len(detected) == len(prominences) == len(scipy.signal.find_peaks(10 * np.log10(scipy.signal.welch(signal, fs=fs, nperseg=int(round(fs / (freqs[1] - freqs[0]))))[1]), prominence=15)[0])',
#     '(lambda peaks, props: np.allclose(detected, freqs[peaks]) and np.allclose(prominences, props["prominences"]))(*scipy.signal.find_peaks(10 * np.log10(scipy.signal.welch(signal, fs=fs, nperseg=int(round(fs / (freqs[1] - freqs[0]))))[1]), prominence=15))',
# ]
# difficulty = 'advanced'
# tags = ['peak-detection', 'spectral-analysis']
# [edge_cases]
# min_seconds = 0.5
# max_noise = 0.1
# why = 'half-second segments (2 Hz bins) are what resolves the tones, so the record holds at least one; and a tone is found only when it stands 15 dB above the noise floor: at noise std 0.5 and 500 Hz the third tone (amplitude 1/3) stands about 13 dB high, so the noise std is 0.1 at most'
# ///
import numpy as np
from scipy import signal as sps

# fix the resolution in Hz, not in samples, so tones near DC stay resolvable at any fs
nperseg = min(len(signal), int(fs / 2))
freqs, psd = sps.welch(signal, fs=fs, nperseg=nperseg)
psd_db = 10 * np.log10(psd)
# prominence (height above the surrounding floor) ignores the slowly varying noise level
peaks, properties = sps.find_peaks(psd_db, prominence=15)
detected = freqs[peaks]
prominences = properties["prominences"]
