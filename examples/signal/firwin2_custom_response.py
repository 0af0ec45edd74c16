# /// example
# task = """
# Design a 255-tap FIR `taps` with `firwin2` for data sampled at `fs` Hz whose gain is 0 below 4% \
# of the Nyquist frequency, rises to 1 at 8%, stays 1 up to 30%, and falls to 0.5 from 40% of \
# Nyquist up to Nyquist; evaluate its frequency response `w` (Hz), `h` with `freqz` (4096 points)."""
# prompt = """
# For data sampled at `fs` Hz I need a 255-tap FIR `taps` with a custom piecewise-linear gain \
# (frequency-sampling design): 0 below 4% of Nyquist, ramping up to 1 at 8%, flat at 1 up to 30%, \
# then falling to 0.5 at 40% and staying at 0.5 up to Nyquist. Evaluate its frequency response on \
# 4096 points as `w` (in Hz) and `h`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { fs = 'noisy.fs' }
# checks = [
#     'len(taps) == 255',
#     'np.allclose(np.abs(h[(w > 0.1 * fs / 2) & (w < 0.28 * fs / 2)]), 1, atol=0.05)',
#     'np.allclose(np.abs(h[(w > 0.45 * fs / 2) & (w < 0.95 * fs / 2)]), 0.5, atol=0.05)',
#     'np.abs(h[w < 0.02 * fs / 2]).max() < 0.05',
# ]
# difficulty = 'intermediate'
# tags = ['filter-design', 'fir-filter']
# edge_cases = true
# ///
import numpy as np
from scipy import signal as sps

nyquist = fs / 2
freq = np.array([0, 0.04, 0.08, 0.30, 0.40, 1.0]) * nyquist
gain = [0, 0, 1, 1, 0.5, 0.5]
# odd length, since the gain at Nyquist is not zero
taps = sps.firwin2(255, freq, gain, fs=fs)
w, h = sps.freqz(taps, worN=4096, fs=fs)
