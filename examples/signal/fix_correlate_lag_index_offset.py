# /// example
# task = """
# `y` is a delayed, drifting copy of `x`, both sampled at `fs` Hz. This code should estimate by \
# how many seconds `y` lags `x` from the peak of their cross-correlation and store it in \
# `delay`:
#
# ```python
# import numpy as np
# from scipy import signal
#
# corr = signal.correlate(y - y.mean(), x - x.mean(), mode="full")
# lag = np.argmax(corr) - len(x)
# delay = lag / fs
# ```
#
# It runs, but `delay` is always one sample too short. Fix it."""
# prompt = """
# I have two recordings `x` and `y` at `fs` Hz, `y` being a delayed copy of `x`. I estimate the \
# delay in seconds, `delay`, from the cross-correlation peak:
#
# ```python
# import numpy as np
# from scipy import signal
#
# corr = signal.correlate(y - y.mean(), x - x.mean(), mode="full")
# lag = np.argmax(corr) - len(x)
# delay = lag / fs
# ```
#
# On test data with a known delay I always get one sample less than the truth. Where is the \
# off-by-one?"""
# task_type = 'fix'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { x = 'stereo.x', y = 'stereo.y', fs = 'stereo.fs' }
# checks = [
#     # the lag at the correlation peak, read from the lag axis of the full correlation
#     'np.isclose(delay, scipy.signal.correlation_lags(len(y), len(x), mode="full")[np.argmax(scipy.signal.correlate(y - y.mean(), x - x.mean(), mode="full"))] / fs)',
#     'abs(delay) <= len(x) / fs',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'correlation', 'lags']
# edge_cases = true
# ///
import numpy as np
from scipy import signal

corr = signal.correlate(y - y.mean(), x - x.mean(), mode="full")
# correlation_lags gives the lag of every entry of the full correlation (zero lag is at len(x) - 1)
lags = signal.correlation_lags(len(y), len(x), mode="full")
delay = lags[np.argmax(corr)] / fs
