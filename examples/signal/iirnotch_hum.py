# /// example
# task = """
# Remove the narrow-band interference at the known frequency `tones[1]` (Hz) from `signal` \
# (sampled at `fs` Hz) with an IIR notch filter of quality factor 30 applied with zero phase; \
# store the result in `cleaned`."""
# prompt = """
# There's narrow-band interference at a known frequency `tones[1]` Hz in my recording `signal` \
# (sampled at `fs` Hz). Remove it with an IIR notch filter of quality factor 30, applied forward \
# and backward for zero phase, and store the cleaned signal in `cleaned`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal']
# inputs = { signal = 'noisy.signal', fs = 'noisy.fs', tones = 'noisy.tones' }
# checks = [
#     'cleaned.shape == signal.shape',
#     # zero phase: the tones the notch passes keep their phase (a causal pass shifts them slightly);
#     # read from Hann-weighted projections of output and input on each tone
#     'all(abs(np.angle(np.sum(cleaned * w) / np.sum(signal * w))) < 1e-3 for f in (tones[0], tones[2]) for w in [np.hanning(len(signal)) * np.exp(-2j * np.pi * f * np.arange(len(signal)) / fs)])',
#     'band_power(cleaned, fs, tones[1] - 2, tones[1] + 2) <= 0.1 * band_power(signal, fs, tones[1] - 2, tones[1] + 2) + 0.0001 * band_power(signal, fs, 0, fs / 2)',
#     'band_power(cleaned, fs, tones[0] - 2, tones[0] + 2) >= 0.9 * band_power(signal, fs, tones[0] - 2, tones[0] + 2) - 0.0001 * band_power(signal, fs, 0, fs / 2)',
#     'band_power(cleaned, fs, tones[2] - 2, tones[2] + 2) >= 0.9 * band_power(signal, fs, tones[2] - 2, tones[2] + 2) - 0.0001 * band_power(signal, fs, 0, fs / 2)',
# ]
# difficulty = 'basic'
# tags = ['filter-design', 'iir-filter', 'bandpass']
# [edge_cases]
# tone_ranges = [[2, 20], [40, 70], [100, 200]]
# noise_only = false
# min_seconds = 1.0
# why = "the interference frequency `tones[1]` is part of the input (drawn anywhere in 40-70 Hz, clear of the other tones), and a pure-noise draw has no tones; a Q = 30 notch rings for about Q / (pi f0) (0.2 s) at each end of a zero-phase pass, and the checks' 4 Hz bands need bins finer than 1 Hz: a second of signal or more"
# ///
from scipy import signal as sps

# Q = f0 / bandwidth: Q=30 removes about a 1.7 Hz band around a 50 Hz hum
b, a = sps.iirnotch(tones[1], Q=30, fs=fs)
cleaned = sps.filtfilt(b, a, signal)
