# /// example
# task = """
# Simulate a variable star observed at 120 irregular times `t` (days, uniform over 20 nights, \
# sorted, seeded Generator) with magnitudes `brightness` = 12 + 0.3 sin(2 pi t / 0.37) plus \
# Gaussian noise of standard deviation 0.05. Compute the Lomb-Scargle periodogram of the \
# mean-subtracted magnitudes on 5000 evenly spaced frequencies from 0.1 to 5 cycles per day: \
# store the frequencies in `freqs`, the unnormalised power in `power` and the period (days) of \
# the highest peak in `best_period`."""
# prompt = """
# I observed a variable star at 120 irregular times over 20 nights, so I can't use an FFT. \
# Simulate the data with a seeded Generator: sorted times `t` in days, uniform over the 20 \
# nights, and magnitudes `brightness` = 12 + 0.3 sin(2 pi t / 0.37) plus Gaussian noise with \
# standard deviation 0.05. Then run a Lomb-Scargle periodogram of the magnitudes with their mean \
# removed, on 5000 evenly spaced frequencies between 0.1 and 5 cycles per day. Store the \
# frequencies in `freqs`, the (unnormalised) power in `power`, and the period in days of the \
# highest peak in `best_period`; it should come out near the true `0.37`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'len(t) == len(brightness) == 120 and np.all(np.diff(t) >= 0) and 0 <= t[0] and t[-1] <= 20',
#     'np.isclose(brightness.mean(), 12, atol=0.1) and np.isclose(np.std(brightness), 0.3 / np.sqrt(2), atol=0.03)',
#     'np.allclose(freqs, np.linspace(0.1, 5, 5000))',
#     # the classical periodogram with the time offset tau (Lomb 1976, Scargle 1982), angular frequencies
#     '(lambda w, y: (lambda arg: np.allclose(power, 0.5 * ((np.cos(arg) @ y) ** 2 / (np.cos(arg) ** 2).sum(axis=1) + (np.sin(arg) @ y) ** 2 / (np.sin(arg) ** 2).sum(axis=1))))(w[:, None] * (t - (np.arctan2(np.sin(2 * w[:, None] * t).sum(axis=1), np.cos(2 * w[:, None] * t).sum(axis=1)) / (2 * w))[:, None])))(2 * np.pi * freqs, brightness - brightness.mean())',
#     'np.isclose(best_period, 1 / freqs[np.argmax(power)])',
#     'abs(best_period - 0.37) < 0.01 * 0.37',
# ]
# difficulty = 'intermediate'
# tags = ['spectral-analysis', 'applied-science']
# ///
import numpy as np
from scipy.signal import lombscargle

rng = np.random.default_rng(0)
t = np.sort(rng.uniform(0, 20, 120))
brightness = 12 + 0.3 * np.sin(2 * np.pi * t / 0.37) + rng.normal(0, 0.05, t.size)

freqs = np.linspace(0.1, 5, 5000)
# lombscargle expects angular frequencies (rad/day); centre the data instead of precenter=
power = lombscargle(t, brightness - brightness.mean(), 2 * np.pi * freqs)
best_period = 1 / freqs[np.argmax(power)]
