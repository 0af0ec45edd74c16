# /// example
# task = """
# Estimate the rate of the slowest, strongest oscillation in `signal` (sampled at `fs` Hz; its \
# nominal frequency is `tones[0]`) by detecting one peak per cycle with `find_peaks` (minimum \
# height half of the signal's maximum, minimum distance 80% of a nominal period); store the peak \
# indices in `peaks` and the rate in Hz from the mean peak interval in `rate`."""
# prompt = """
# `signal` (sampled at `fs` Hz) carries a slow, strong oscillation whose nominal frequency is \
# `tones[0]`. Detect one peak per cycle, requiring peaks to be at least half the signal's maximum \
# in height and at least 80% of a nominal period apart; store the peak indices in `peaks` and the \
# rate in Hz, from the mean interval between peaks, in `rate`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { signal = 'noisy.signal', fs = 'noisy.fs', tones = 'noisy.tones' }
# checks = [
#     'np.all(np.diff(peaks) >= 0.8 * fs / tones[0])',
#     'np.all(signal[peaks] >= 0.5 * signal.max())',
#     'abs(rate - tones[0]) < 0.1 * tones[0]',
#     'np.isclose(rate, fs / np.mean(np.diff(peaks)))',
# ]
# difficulty = 'basic'
# tags = ['peak-detection']
# [edge_cases]
# min_seconds = 1.0
# noise_only = false
# why = 'the nominal frequency `tones[0]` is part of the input, and a pure-noise draw has no tones; the rate is read from the intervals between peaks a period apart, so the record must span several periods (a second holds five)'
# ///
import numpy as np
from scipy import signal as sps

period = fs / tones[0]  # samples per cycle
peaks, _ = sps.find_peaks(signal, height=0.5 * signal.max(), distance=0.8 * period)
rate = fs / np.mean(np.diff(peaks))
