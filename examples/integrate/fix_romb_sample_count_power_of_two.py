# /// example
# task = """
# This code samples f(x) = sin(x) on [0, pi] and integrates the samples with Romberg's method, \
# storing the grid in `x` and the integral in `area`, but it raises an error:
#
# ```python
# import numpy as np
# from scipy.integrate import romb
#
# x = np.linspace(0, np.pi, 128)
# area = romb(np.sin(x), dx=x[1] - x[0])
# ```
#
# ```text
# ValueError: Number of samples must be one plus a non-negative power of 2.
# ```
#
# Fix the sampling so Romberg integration can run on [0, pi]."""
# prompt = """
# I wanted to try Romberg integration on samples of sin(x) over [0, pi] (grid in `x`, result in \
# `area`):
#
# ```python
# import numpy as np
# from scipy.integrate import romb
#
# x = np.linspace(0, np.pi, 128)
# area = romb(np.sin(x), dx=x[1] - x[0])
# ```
#
# ```text
# ValueError: Number of samples must be one plus a non-negative power of 2.
# ```
#
# 128 is a power of two, so what does it want?"""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'x[0] == 0 and np.isclose(x[-1], np.pi) and np.allclose(np.diff(x), np.diff(x)[0])',
#     # 2**k + 1 samples: 2**k equal intervals
#     'len(x) >= 3 and ((len(x) - 1) & (len(x) - 2)) == 0',
#     'np.isclose(area, 2.0, atol=1e-10)',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'quadrature', 'sampled-data']
# ///
import numpy as np
from scipy.integrate import romb

# Romberg halves the step repeatedly, so it needs 2**k intervals, i.e. 2**k + 1 samples
x = np.linspace(0, np.pi, 2**7 + 1)
area = romb(np.sin(x), dx=x[1] - x[0])
