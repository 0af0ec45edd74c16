# /// example
# task = """
# A filter is stored as the two second-order sections in `sos` below (each row b0 b1 b2 a0 a1 \
# a2). Combine them into a single transfer function and store its coefficients in `b` and `a` \
# (length 5 each, as shown).
#
# ```text
# sos = [[1,  2, 1, 1, -0.5, 0],
#        [1, -1, 0, 1, 0.25, 0]]
# ```
#
# Wanted:
#
# ```text
# b = [1,  1,    -1,     -1, 0]
# a = [1, -0.25, -0.125,  0, 0]
# ```"""
# prompt = """
# My filter comes as second-order sections `sos`, but the tool I'm feeding needs plain `b` and \
# `a` arrays:
#
# ```text
# sos = [[1,  2, 1, 1, -0.5, 0],
#        [1, -1, 0, 1, 0.25, 0]]
# ```
#
# I expect the cascade to multiply out to these length-5 arrays:
#
# ```text
# b = [1,  1,    -1,     -1, 0]
# a = [1, -0.25, -0.125,  0, 0]
# ```"""
# task_type = 'input-output'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(b, [1, 1, -1, -1, 0]) and len(b) == 5',
#     'np.allclose(a, [1, -0.25, -0.125, 0, 0]) and len(a) == 5',
#     'np.allclose(sos, [[1, 2, 1, 1, -0.5, 0], [1, -1, 0, 1, 0.25, 0]])',
# ]
# difficulty = 'basic'
# tags = ['filter-design', 'iir-filter']
# ///
import numpy as np
from scipy import signal

sos = np.array([[1, 2, 1, 1, -0.5, 0], [1, -1, 0, 1, 0.25, 0]])
# the cascade's transfer function is the product of the sections' numerators and denominators
b, a = signal.sos2tf(sos)
