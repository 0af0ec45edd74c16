# /// example
# task = """
# Recombine the partial-fraction expansion H(s) = 2/(s + 1) - 1/(s + 2) + 1 (residues `r`, \
# poles `p`, direct term `k` below) into a single rational transfer function and store its \
# numerator and denominator coefficients (decreasing powers of s) in `b` and `a`.
#
# ```text
# r = [2, -1], p = [-1, -2], k = [1]
# ```
#
# Wanted:
#
# ```text
# b = [1, 4, 5]
# a = [1, 3, 2]
# ```"""
# prompt = """
# I fitted a model as a sum of first-order terms plus a constant, 2/(s + 1) - 1/(s + 2) + 1, and \
# now need it as one fraction `b`/`a`:
#
# ```text
# r = [2, -1], p = [-1, -2], k = [1]
# ```
#
# I expect
#
# ```text
# b = [1, 4, 5]
# a = [1, 3, 2]
# ```"""
# task_type = 'input-output'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(np.real(b), [1, 4, 5]) and np.size(b) == 3',
#     'np.allclose(np.real(a), [1, 3, 2]) and np.size(a) == 3',
# ]
# difficulty = 'basic'
# tags = ['lti-system']
# ///
from scipy import signal

# invres is the inverse of residue: residues, poles and direct term back to b and a
b, a = signal.invres([2, -1], [-1, -2], [1])
