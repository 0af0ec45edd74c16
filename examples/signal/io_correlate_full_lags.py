# /// example
# task = """
# Cross-correlate `x` with the template `y` over all overlaps and store the correlation values in \
# `corr`, the matching lags (how far `x` is shifted relative to `y`) in `lags`, and the lag of \
# the largest correlation in `best_lag`.
#
# ```text
# x = [1, 2, 3]
# y = [0, 1, 0.5]
# ```
#
# Wanted:
#
# ```text
# corr     = [0.5, 2.0, 3.5, 3.0, 0.0]
# lags     = [-2, -1, 0, 1, 2]
# best_lag = 0
# ```"""
# prompt = """
# I'm matching a template `y` against `x`, both very short:
#
# ```text
# x = [1, 2, 3]
# y = [0, 1, 0.5]
# ```
#
# Please give me the full cross-correlation in `corr`, the lag belonging to each value in `lags` \
# and the lag with the highest correlation in `best_lag`. I expect
#
# ```text
# corr     = [0.5, 2.0, 3.5, 3.0, 0.0]
# lags     = [-2, -1, 0, 1, 2]
# best_lag = 0
# ```"""
# task_type = 'input-output'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(corr, [0.5, 2.0, 3.5, 3.0, 0.0])',
#     'np.array_equal(lags, [-2, -1, 0, 1, 2])',
#     'best_lag == 0',
# ]
# difficulty = 'basic'
# tags = ['correlation']
# ///
import numpy as np
from scipy import signal

x = np.array([1.0, 2.0, 3.0])
y = np.array([0.0, 1.0, 0.5])
corr = signal.correlate(x, y, mode="full")
# correlation_lags gives the lag of each output sample for the same mode
lags = signal.correlation_lags(len(x), len(y), mode="full")
best_lag = lags[np.argmax(corr)]
