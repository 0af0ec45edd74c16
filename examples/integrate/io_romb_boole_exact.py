# /// example
# task = """
# Five equally spaced samples (step 0.25) of y = x^4 on [0, 1] are listed below. Integrate them \
# with Romberg extrapolation on the samples (SciPy's `romb`, which needs 2^k + 1 points) and store \
# the result in `romberg`; for comparison store Simpson's rule on the same samples in \
# `simpson_estimate`. Romberg with 5 points is exact for this quartic.
#
# ```text
#    x        y
# 0.00  0.00000000
# 0.25  0.00390625
# 0.50  0.06250000
# 0.75  0.31640625
# 1.00  1.00000000
# ```
#
# Wanted (rounded to 6 decimals):
#
# ```text
# romberg = 0.2, simpson_estimate = 0.200521
# ```"""
# prompt = """
# I only have 5 evenly spaced samples (step 0.25) of x^4 on [0, 1] and want the best estimate of \
# the integral. How do I use scipy's romb on them (`romberg`), and how does it compare with \
# Simpson (`simpson_estimate`)?
#
# ```text
#    x        y
# 0.00  0.00000000
# 0.25  0.00390625
# 0.50  0.06250000
# 0.75  0.31640625
# 1.00  1.00000000
# ```
#
# I'd expect
#
# ```text
# romberg = 0.2, simpson_estimate = 0.200521
# ```"""
# task_type = 'input-output'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'np.isclose(romberg, 0.2, atol=1e-12)',
#     'np.isclose(simpson_estimate, 0.200521, atol=5e-7)',
# ]
# difficulty = 'intermediate'
# tags = ['quadrature', 'sampled-data']
# ///
import numpy as np
from scipy import integrate

y = np.array([0.0, 0.00390625, 0.0625, 0.31640625, 1.0])

# romb takes the spacing, not the positions: the samples must be equally spaced
romberg = integrate.romb(y, dx=0.25)
simpson_estimate = integrate.simpson(y, dx=0.25)
