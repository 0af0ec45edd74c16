# /// example
# task = """
# Convert the transfer function H(s) = (s + 4) / (s^2 + 3 s + 2) to a state-space model and store \
# the matrices in `A`, `B`, `C` and `D` (controller canonical form, as shown).
#
# ```text
# H(s) = (s + 4) / (s**2 + 3*s + 2)
# ```
#
# Wanted:
#
# ```text
# A = [[-3, -2],
#      [ 1,  0]]
# B = [[1],
#      [0]]
# C = [[1, 4]]
# D = [[0]]
# ```"""
# prompt = """
# I want to simulate H(s) = (s + 4) / (s^2 + 3 s + 2) with a state-space solver, so I need `A`, \
# `B`, `C`, `D` from the transfer function:
#
# ```text
# H(s) = (s + 4) / (s**2 + 3*s + 2)
# ```
#
# The textbook controller canonical form gives
#
# ```text
# A = [[-3, -2],
#      [ 1,  0]]
# B = [[1],
#      [0]]
# C = [[1, 4]]
# D = [[0]]
# ```
#
# What's the SciPy call?"""
# task_type = 'input-output'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(A, [[-3, -2], [1, 0]]) and np.allclose(B, [[1], [0]])',
#     'np.allclose(C, [[1, 4]]) and np.allclose(D, [[0]])',
#     # the model has the same transfer function
#     'np.allclose(scipy.signal.ss2tf(A, B, C, D)[0], [[0, 1, 4]]) and np.allclose(scipy.signal.ss2tf(A, B, C, D)[1], [1, 3, 2])',
# ]
# difficulty = 'intermediate'
# tags = ['lti-system']
# ///
from scipy import signal

# coefficients in decreasing powers of s
A, B, C, D = signal.tf2ss([1, 4], [1, 3, 2])
