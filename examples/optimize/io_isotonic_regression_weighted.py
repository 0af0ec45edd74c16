# /// example
# task = """
# Fit a non-decreasing sequence to the measurements `y` below with weighted isotonic \
# regression (SciPy's pool-adjacent-violators), using the replicate counts as weights, and store \
# the fitted values in `fitted`; rounded to 4 decimals they print as shown.
#
# ```text
# y       = [1.0, 3.0, 2.0, 4.0, 3.5, 5.0]
# weights = [1, 3, 1, 1, 2, 1]
# ```
#
# Wanted:
#
# ```text
# fitted = [1.0, 2.75, 2.75, 3.6667, 3.6667, 5.0]
# ```"""
# prompt = """
# My calibration curve must be non-decreasing but the averages `y` wiggle. Each average comes \
# from a different number of replicates, so they should count by those weights:
#
# ```text
# y       = [1.0, 3.0, 2.0, 4.0, 3.5, 5.0]
# weights = [1, 3, 1, 1, 2, 1]
# ```
#
# I want the weighted monotone fit in `fitted`; by pooling the violators by hand I get
#
# ```text
# fitted = [1.0, 2.75, 2.75, 3.6667, 3.6667, 5.0]
# ```"""
# task_type = 'input-output'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(fitted, [1.0, 2.75, 2.75, 3.6667, 3.6667, 5.0], atol=5e-5)',
#     'np.all(np.diff(fitted) >= 0)',
#     # pooling keeps the weighted total of the data
#     'np.isclose(np.dot(fitted, [1, 3, 1, 1, 2, 1]), np.dot([1.0, 3.0, 2.0, 4.0, 3.5, 5.0], [1, 3, 1, 1, 2, 1]))',
# ]
# difficulty = 'advanced'
# tags = ['regression', 'least-squares']
# requires = { scipy = ">=1.12" }
# ///
import numpy as np
from scipy.optimize import isotonic_regression

y = np.array([1.0, 3.0, 2.0, 4.0, 3.5, 5.0])
weights = np.array([1.0, 3.0, 1.0, 1.0, 2.0, 1.0])

# a violating block is replaced by its weighted mean, so heavy points move less
result = isotonic_regression(y, weights=weights, increasing=True)
fitted = result.x
