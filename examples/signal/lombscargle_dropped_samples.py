# /// example
# task = """
# `signal` (sampled at `fs` Hz at the times `t`) may contain NaN where the logger dropped a \
# sample. Using only the finite samples and their times, compute the normalised Lomb-Scargle \
# periodogram of the mean-removed values at the frequencies 0.5, 1.0, ..., 150 Hz: store the \
# frequencies in `freqs`, the power in `power` and the frequency of the highest peak in \
# `peak_freq`."""
# prompt = """
# My logger recorded `signal` at `fs` Hz (times in `t`), but sometimes it drops a sample and \
# writes NaN. Rather than interpolating, I want a Lomb-Scargle periodogram on the finite samples \
# only, at their actual times: mean removed, normalised power, at 0.5 Hz steps from `0.5` to \
# `150` Hz. Store the frequencies in `freqs`, the power in `power` and the frequency of the \
# biggest peak in `peak_freq`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { signal = 'noisy.signal', t = 'noisy.t', fs = 'noisy.fs' }
# checks = [
#     'np.allclose(freqs, 0.5 * np.arange(1, 301))',
#     # normalised Lomb-Scargle on the finite samples: the share of their variance explained by
#     # the best sinusoid at each frequency, with Scargle's time offset tau
#     '(lambda tt, y, w: (lambda arg: np.allclose(power, ((np.cos(arg) @ y) ** 2 / (np.cos(arg) ** 2).sum(axis=1) + (np.sin(arg) @ y) ** 2 / (np.sin(arg) ** 2).sum(axis=1)) / (y @ y), atol=1e-9))(w[:, None] * (tt - (np.arctan2(np.sin(2 * w[:, None] * tt).sum(axis=1), np.cos(2 * w[:, None] * tt).sum(axis=1)) / (2 * w))[:, None])))(t[np.isfinite(signal)], signal[np.isfinite(signal)] - signal[np.isfinite(signal)].mean(), 2 * np.pi * freqs)',
#     'np.all((power >= -1e-12) & (power <= 1 + 1e-9))',
#     'peak_freq == freqs[np.argmax(power)]',
# ]
# difficulty = 'intermediate'
# tags = ['spectral-analysis', 'missing-data']
# [edge_cases]
# nan = true
# why = "the task is about samples the logger dropped and wrote as NaN"
# ///
import numpy as np
from scipy.signal import lombscargle

valid = np.isfinite(signal)
times, values = t[valid], signal[valid]
freqs = np.arange(1, 301) * 0.5
# Lomb-Scargle takes angular frequencies; centring replaces the deprecated precenter=True
power = lombscargle(times, values - values.mean(), 2 * np.pi * freqs, normalize=True)
peak_freq = freqs[np.argmax(power)]
