# /// example
# task = """
# Remove from `x` first only its mean and then its least-squares straight line with `detrend`, \
# storing the results in `demeaned` and `delined`.
#
# ```text
# x = [1, 3, 5, 8]
# ```
#
# Wanted:
#
# ```text
# demeaned = [-3.25, -1.25, 0.75, 3.75]
# delined  = [0.2, -0.1, -0.4, 0.3]
# ```"""
# prompt = """
# What's the difference between the two detrend types? For my short series `x`
#
# ```text
# x = [1, 3, 5, 8]
# ```
#
# show me the mean removed (`demeaned`) and the fitted straight line removed (`delined`):
#
# ```text
# demeaned = [-3.25, -1.25, 0.75, 3.75]
# delined  = [0.2, -0.1, -0.4, 0.3]
# ```"""
# task_type = 'input-output'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(demeaned, [-3.25, -1.25, 0.75, 3.75])',
#     'np.allclose(delined, [0.2, -0.1, -0.4, 0.3])',
#     'np.allclose(x, [1, 3, 5, 8])',
# ]
# difficulty = 'basic'
# tags = ['trend']
# ///
import numpy as np
from scipy import signal

x = np.array([1.0, 3.0, 5.0, 8.0])
demeaned = signal.detrend(x, type="constant")
# type="linear" (the default) subtracts the least-squares line through the samples
delined = signal.detrend(x, type="linear")
