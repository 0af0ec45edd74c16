# /// example
# task = """
# Build the two recordings below as the arrays `sent` and `received` (the same pulse, `received` \
# arriving later) and estimate the delay in samples by which `received` lags `sent` from the peak \
# of their full cross-correlation. Store the correlation values in `xcorr`, the lag of each value \
# in `lags`, and the delay in `delay_samples`.
#
# ```text
# sent     = [0, 1, 3, 2, 0, 0, 0, 0]
# received = [0, 0, 0, 1, 3, 2, 0, 0]
# ```
#
# Wanted:
#
# ```text
# lags  = [-7 -6 -5 -4 -3 -2 -1  0  1  2  3  4  5  6  7]
# xcorr = [ 0  0  0  0  0  0  0  2  9 14  9  2  0  0  0]
# delay_samples = 2
# ```"""
# prompt = """
# I send the pulse `sent` and record `received`; how many samples later does it arrive? I'd like \
# the full cross-correlation `xcorr` with its `lags` and the `delay_samples` at the peak (positive \
# when `received` comes later):
#
# ```text
# sent     = [0, 1, 3, 2, 0, 0, 0, 0]
# received = [0, 0, 0, 1, 3, 2, 0, 0]
# ```
#
# Expected:
#
# ```text
# lags  = [-7 -6 -5 -4 -3 -2 -1  0  1  2  3  4  5  6  7]
# xcorr = [ 0  0  0  0  0  0  0  2  9 14  9  2  0  0  0]
# delay_samples = 2
# ```"""
# task_type = 'input-output'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'np.array_equal(lags, np.arange(-7, 8))',
#     'np.allclose(xcorr, [0, 0, 0, 0, 0, 0, 0, 2, 9, 14, 9, 2, 0, 0, 0])',
#     'int(delay_samples) == 2',
#     # shifting sent by the delay reproduces received
#     'np.array_equal(np.roll(sent, delay_samples), received)',
# ]
# difficulty = 'intermediate'
# tags = ['correlation']
# ///
import numpy as np
from scipy import signal

sent = np.array([0, 1, 3, 2, 0, 0, 0, 0])
received = np.array([0, 0, 0, 1, 3, 2, 0, 0])

# correlate(received, sent) peaks at a positive lag when received lags sent
xcorr = signal.correlate(received, sent, mode="full")
lags = signal.correlation_lags(len(received), len(sent), mode="full")
delay_samples = lags[np.argmax(xcorr)]
