# /// example
# task = """
# Expand the discrete transfer function H(z) = 1 / (1 - 0.75 z^-1 + 0.125 z^-2) into partial \
# fractions in powers of z^-1, H(z) = sum of r_i / (1 - p_i z^-1), and store the residues in `r`, \
# the poles in `p` and the direct terms in `k`. Also store the first 4 impulse-response samples, \
# from the closed form sum of r_i p_i^n, in `h`.
#
# ```text
# b = [1], a = [1, -0.75, 0.125]
# ```
#
# Wanted:
#
# ```text
# r = [-1, 2]
# p = [0.25, 0.5]
# k = []
# h = [1, 0.75, 0.4375, 0.234375]
# ```"""
# prompt = """
# To get a closed form for the impulse response of b = [1], a = [1, -0.75, 0.125] I want the \
# z^-1 partial fractions, residues `r`, poles `p` and direct terms `k`, and then `h`, the first \
# 4 samples of sum r_i p_i^n:
#
# ```text
# b = [1], a = [1, -0.75, 0.125]
# ```
#
# I expect
#
# ```text
# r = [-1, 2]
# p = [0.25, 0.5]
# k = []
# h = [1, 0.75, 0.4375, 0.234375]
# ```"""
# task_type = 'input-output'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(r, [-1, 2]) and np.allclose(p, [0.25, 0.5])',
#     'np.size(k) == 0',
#     'np.allclose(h, [1, 0.75, 0.4375, 0.234375]) and np.size(h) == 4',
# ]
# difficulty = 'intermediate'
# tags = ['lti-system', 'system-response']
# ///
import numpy as np
from scipy import signal

# residuez works in powers of z^-1, like lfilter's b and a
r, p, k = signal.residuez([1.0], [1.0, -0.75, 0.125])
n = np.arange(4)
h = np.real(np.sum(r[:, None] * p[:, None] ** n, axis=0))
