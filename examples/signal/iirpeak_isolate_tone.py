# /// example
# task = """
# Isolate the component at the known frequency `tones[2]` (Hz) of `signal` (sampled at `fs` Hz) \
# with an IIR peak (resonator) filter of quality factor 20, applied with zero phase; store the \
# result in `isolated`. Then estimate that component's amplitude from `isolated` as the square root \
# of 2 times its RMS over the middle half of the samples (clear of the filter's start and end), \
# and store it in `amplitude`."""
# prompt = """
# I want to pull out just the component at `tones[2]` Hz from `signal` (sampled at `fs` Hz) with \
# a second-order IIR peak (resonator) filter of quality factor 20, run with zero phase. Store the \
# isolated component in `isolated`, and then tell me how big that tone is: its amplitude, from the \
# RMS of `isolated` over the middle half of the samples (a sine's RMS is its amplitude over the \
# square root of 2), stored in `amplitude`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal']
# inputs = { signal = 'noisy.signal', fs = 'noisy.fs', tones = 'noisy.tones' }
# checks = [
#     'isolated.shape == signal.shape',
#     # zero phase: what is left of the tone `tones[1]` keeps its phase (a causal resonator shifts it by
#     # nearly 90 degrees); read from Hann-weighted projections of output and input on that tone
#     '(lambda w: abs(np.angle(np.sum(isolated * w) / np.sum(signal * w))) < 0.1)(np.hanning(len(signal)) * np.exp(-2j * np.pi * tones[1] * np.arange(len(signal)) / fs))',
#     'abs(dominant_frequency(isolated, fs) - tones[2]) <= 2 * fs / len(signal)',
#     'band_power(isolated, fs, tones[0] - 2, tones[0] + 2) <= 0.05 * band_power(signal, fs, tones[0] - 2, tones[0] + 2) + 0.0001 * band_power(signal, fs, 0, fs / 2)',
#     'band_power(isolated, fs, tones[2] - 2, tones[2] + 2) >= 0.7 * band_power(signal, fs, tones[2] - 2, tones[2] + 2) - 0.0001 * band_power(signal, fs, 0, fs / 2)',
#     # the tone's amplitude in the input, by least squares on a sine and a cosine at `tones[2]`;
#     # the noise left in the resonator's band adds a few percent
#     '(lambda t: abs(amplitude - np.hypot(*np.linalg.lstsq(np.column_stack([np.sin(2 * np.pi * tones[2] * t), np.cos(2 * np.pi * tones[2] * t), np.ones_like(t)]), signal, rcond=None)[0][:2])) <= 0.1 * np.hypot(*np.linalg.lstsq(np.column_stack([np.sin(2 * np.pi * tones[2] * t), np.cos(2 * np.pi * tones[2] * t), np.ones_like(t)]), signal, rcond=None)[0][:2]))(np.arange(len(signal)) / fs)',
# ]
# difficulty = 'basic'
# tags = ['filter-design', 'bandpass', 'iir-filter']
# [edge_cases]
# tone_ranges = [[2, 20], [40, 70], [100, 200]]
# noise_only = false
# min_seconds = 0.5
# why = "the component's frequency `tones[2]` is part of the input (drawn anywhere in 100-200 Hz, clear of the other tones), and a pure-noise draw has no tones; the checks' 4 Hz bands need periodogram bins (1 / duration) of 2 Hz or finer"
# ///
import numpy as np
from scipy import signal as sps

b, a = sps.iirpeak(tones[2], Q=20, fs=fs)
isolated = sps.filtfilt(b, a, signal)

# a sinusoid's RMS is its amplitude / sqrt(2); the middle half skips the filter's transients
n = len(isolated)
amplitude = np.sqrt(2) * np.sqrt(np.mean(isolated[n // 4 : 3 * n // 4] ** 2))
