# /// example
# task = """
# A discrete-time system has the transfer function below (coefficients in descending powers of z). \
# Build the numerator and denominator as the lists `num` and `den`, convert the system to \
# zero-pole-gain form, storing the zeros in `zeros`, the poles sorted from largest to smallest in \
# `poles` and the gain in `gain`, and store in `is_stable` whether every pole lies strictly inside \
# the unit circle.
#
# ```text
#          2 z - 2
# H(z) = ------------------
#        z^2 - 1.5 z + 0.56
# ```
#
# Wanted:
#
# ```text
# zeros = [1.0], poles = [0.8, 0.7], gain = 2.0, is_stable = True
# ```"""
# prompt = """
# I have this digital transfer function, with `num` = [2, -2] and `den` = [1, -1.5, 0.56]:
#
# ```text
#          2 z - 2
# H(z) = ------------------
#        z^2 - 1.5 z + 0.56
# ```
#
# How do I get its `zeros`, `poles` (largest first) and `gain`, and check `is_stable` (all poles \
# inside the unit circle)? I expect
#
# ```text
# zeros = [1.0], poles = [0.8, 0.7], gain = 2.0, is_stable = True
# ```"""
# task_type = 'input-output'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(zeros, [1.0])',
#     'np.allclose(poles, [0.8, 0.7])',
#     'np.isclose(gain, 2.0)',
#     'is_stable is True or is_stable is np.True_',
#     # the poles are the roots of the denominator
#     'np.allclose(np.sort(np.roots(den)), np.sort(poles)) and list(num) == [2, -2]',
# ]
# difficulty = 'basic'
# tags = ['lti-system']
# ///
import numpy as np
from scipy import signal

num = [2, -2]
den = [1, -1.5, 0.56]

zeros, poles, gain = signal.tf2zpk(num, den)
poles = np.sort(poles.real)[::-1]
# a causal discrete-time system is stable when all poles have magnitude below 1
is_stable = bool(np.all(np.abs(poles) < 1))
