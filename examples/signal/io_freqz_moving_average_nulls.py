# /// example
# task = """
# A 4-tap moving average (taps `taps`) runs on data sampled at 8 Hz. Compute its gain |H| with \
# `freqz` at the frequencies `freqs_hz` and store it, rounded to 4 decimals, in `gains`.
#
# ```text
# taps     = [0.25, 0.25, 0.25, 0.25]
# freqs_hz = [0, 1, 2, 4]
# ```
#
# Wanted:
#
# ```text
# gains = [1.0, 0.6533, 0.0, 0.0]
# ```"""
# prompt = """
# How much does a 4-point moving average (`taps`) attenuate each frequency when my data are \
# sampled at 8 Hz? Evaluate the gain at `freqs_hz` and round to 4 decimals into `gains`:
#
# ```text
# taps     = [0.25, 0.25, 0.25, 0.25]
# freqs_hz = [0, 1, 2, 4]
# ```
#
# I expect the nulls at 2 and 4 Hz:
#
# ```text
# gains = [1.0, 0.6533, 0.0, 0.0]
# ```"""
# task_type = 'input-output'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(gains, [1.0, 0.6533, 0.0, 0.0], atol=5e-5)',
#     'np.allclose(taps, [0.25] * 4) and np.allclose(freqs_hz, [0, 1, 2, 4])',
# ]
# difficulty = 'basic'
# tags = ['system-response', 'fir-filter', 'smoothing']
# ///
import numpy as np
from scipy import signal

taps = np.full(4, 0.25)
freqs_hz = np.array([0, 1, 2, 4])
# with fs given, worN may be a list of frequencies in Hz
_, response = signal.freqz(taps, worN=freqs_hz, fs=8)
gains = np.round(np.abs(response), 4)
