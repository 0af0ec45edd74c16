# /// example
# task = """
# The polynomial with coefficients `coeffs` (highest power first) has a repeated root. Find its \
# roots numerically, merge the ones that agree within 1e-6 with `unique_roots`, and store the \
# distinct real roots in ascending order in `distinct` and their multiplicities in \
# `multiplicity`.
#
# ```text
# coeffs = [1, -4, 5, -2]
# ```
#
# Wanted:
#
# ```text
# distinct     = [1.0, 2.0]
# multiplicity = [2, 1]
# ```"""
# prompt = """
# `np.roots` on my polynomial `coeffs`
#
# ```text
# coeffs = [1, -4, 5, -2]
# ```
#
# gives me three slightly different numbers, but I know x = 1 is a double root. How do I group \
# roots that agree within 1e-6 and get the distinct ones (ascending, real) in `distinct` with \
# their counts in `multiplicity`? I expect
#
# ```text
# distinct     = [1.0, 2.0]
# multiplicity = [2, 1]
# ```"""
# task_type = 'input-output'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(distinct, [1.0, 2.0], atol=1e-6)',
#     'np.array_equal(multiplicity, [2, 1])',
#     'np.allclose(coeffs, [1, -4, 5, -2])',
# ]
# difficulty = 'intermediate'
# tags = ['lti-system']
# ///
import numpy as np
from scipy import signal

coeffs = np.array([1, -4, 5, -2])
# the double root comes out of np.roots as a pair split by about 3e-8
roots = np.roots(coeffs)
merged, counts = signal.unique_roots(roots, tol=1e-6)
order = np.argsort(merged.real)
distinct = merged.real[order]
multiplicity = counts[order]
