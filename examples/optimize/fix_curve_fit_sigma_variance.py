# /// example
# task = """
# Each measurement in `y` (at positions `x`) has a known variance in `variance`. This code should \
# fit the straight line y = m x + c by weighted least squares, each point weighted by the inverse \
# of its variance, and store (m, c) in `popt`. It runs, but the noisy points get too much weight:
#
# ```python
# import numpy as np
# from scipy import optimize
#
# x = np.array([0.0, 1.0, 2.0, 3.0, 4.0, 5.0])
# y = np.array([1.1, 2.9, 5.2, 6.8, 9.5, 10.2])
# variance = np.array([0.01, 0.04, 0.01, 0.25, 1.0, 0.04])
# popt, pcov = optimize.curve_fit(lambda x, m, c: m * x + c, x, y, sigma=variance)
# ```
#
# Fix it."""
# prompt = """
# I fit a line y = m x + c to my points `x`, `y`, knowing the variance of each measurement \
# (`variance`), and want \
# the inverse-variance weighted fit in `popt`:
#
# ```python
# import numpy as np
# from scipy import optimize
#
# x = np.array([0.0, 1.0, 2.0, 3.0, 4.0, 5.0])
# y = np.array([1.1, 2.9, 5.2, 6.8, 9.5, 10.2])
# variance = np.array([0.01, 0.04, 0.01, 0.25, 1.0, 0.04])
# popt, pcov = optimize.curve_fit(lambda x, m, c: m * x + c, x, y, sigma=variance)
# ```
#
# The result doesn't match the weighted least-squares formula I get by hand. What's off?"""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     # weighted least squares with weights 1 / variance: polyfit weights the residuals by 1 / sd
#     'np.allclose(popt, np.polyfit(x, y, 1, w=1 / np.sqrt(variance)), rtol=1e-6)',
#     'np.allclose(variance, [0.01, 0.04, 0.01, 0.25, 1.0, 0.04])',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'curve-fitting', 'regression']
# ///
import numpy as np
from scipy import optimize

x = np.array([0.0, 1.0, 2.0, 3.0, 4.0, 5.0])
y = np.array([1.1, 2.9, 5.2, 6.8, 9.5, 10.2])
variance = np.array([0.01, 0.04, 0.01, 0.25, 1.0, 0.04])
# sigma takes standard deviations (residuals are divided by sigma), not variances
popt, pcov = optimize.curve_fit(lambda x, m, c: m * x + c, x, y, sigma=np.sqrt(variance))
