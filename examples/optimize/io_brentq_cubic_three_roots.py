# /// example
# task = """
# Find all three real roots of the cubic below on [-2, 2] with a bracketing root finder from \
# SciPy (f changes sign on [-2, -1], [0, 1] and [1, 2]) and store them in increasing order in \
# `roots`; rounded to 6 decimals they print as shown.
#
# ```text
# f(x) = x^3 - 3 x + 1
# ```
#
# Wanted:
#
# ```text
# roots = [-1.879385, 0.347296, 1.532089]
# ```"""
# prompt = """
# I need all three roots of x^3 - 3 x + 1 between -2 and 2, in increasing order, in `roots`:
#
# ```text
# f(x) = x^3 - 3 x + 1
# ```
#
# There is a sign change on [-2, -1], [0, 1] and [1, 2]. The answer should be
#
# ```text
# roots = [-1.879385, 0.347296, 1.532089]
# ```"""
# task_type = 'input-output'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(roots, [-1.879385, 0.347296, 1.532089], atol=5e-7)',
#     'np.allclose(np.asarray(roots) ** 3 - 3 * np.asarray(roots) + 1, 0, atol=1e-9)',
#     'len(roots) == 3 and np.all(np.diff(roots) > 0)',
# ]
# difficulty = 'intermediate'
# tags = ['root-finding']
# ///
import numpy as np
from scipy.optimize import root_scalar


def cubic(x):
    return x**3 - 3 * x + 1


brackets = [(-2.0, -1.0), (0.0, 1.0), (1.0, 2.0)]
# TOMS 748 needs a sign change on each bracket and converges faster than bisection
roots = np.array([root_scalar(cubic, bracket=b, method="toms748").root for b in brackets])
