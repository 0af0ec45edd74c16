# /// example
# task = """
# The recursion y[n] = x[n] + 0.5 y[n-1] has the transfer function H(z) = z / (z - 0.5), i.e. \
# numerator [1, 0] and denominator [1, -0.5] in powers of z, with a sample time of 1. Store the \
# first 5 samples of its impulse response in `h`.
#
# ```text
# num = [1, 0], den = [1, -0.5], dt = 1
# ```
#
# Wanted:
#
# ```text
# h = [1, 0.5, 0.25, 0.125, 0.0625]
# ```"""
# prompt = """
# For the discrete system H(z) = z / (z - 0.5) (that's y[n] = x[n] + 0.5 y[n-1]) I want the first \
# 5 impulse-response samples `h`:
#
# ```text
# num = [1, 0], den = [1, -0.5], dt = 1
# ```
#
# By hand I get
#
# ```text
# h = [1, 0.5, 0.25, 0.125, 0.0625]
# ```"""
# task_type = 'input-output'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'np.size(h) == 5',
#     'np.allclose(np.ravel(h), [1, 0.5, 0.25, 0.125, 0.0625])',
# ]
# difficulty = 'basic'
# tags = ['lti-system', 'system-response']
# ///
import numpy as np
from scipy import signal

# num=[1, 0] keeps the z in the numerator; num=[1] would be 1 / (z - 0.5), one sample late
system = signal.dlti([1.0, 0.0], [1.0, -0.5], dt=1.0)
_, (response,) = signal.dimpulse(system, n=5)
h = np.ravel(response)
