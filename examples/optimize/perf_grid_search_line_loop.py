# /// example
# task = """
# This code fits a line to the points `x`, `y` by trying every slope in `np.linspace(0, 5, 101)` \
# and every intercept in `np.linspace(-5, 5, 101)` and keeping the pair with the smallest sum of \
# squared residuals, as `best_slope` and `best_intercept`:
#
# ```python
# import numpy as np
#
# slopes = np.linspace(0, 5, 101)
# intercepts = np.linspace(-5, 5, 101)
# best_sse = np.inf
# for slope in slopes:
#     for intercept in intercepts:
#         sse = np.sum((y - (slope * x + intercept)) ** 2)
#         if sse < best_sse:
#             best_sse, best_slope, best_intercept = sse, slope, intercept
# ```
#
# Evaluate the whole grid at once instead, with array broadcasting, and pick the same best pair."""
# prompt = """
# I brute-force a straight-line fit to `x`, `y` over a grid of slopes `np.linspace(0, 5, 101)` \
# and intercepts `np.linspace(-5, 5, 101)`, keeping the pair with the least squared error in \
# `best_slope`, `best_intercept`:
#
# ```python
# import numpy as np
#
# slopes = np.linspace(0, 5, 101)
# intercepts = np.linspace(-5, 5, 101)
# best_sse = np.inf
# for slope in slopes:
#     for intercept in intercepts:
#         sse = np.sum((y - (slope * x + intercept)) ** 2)
#         if sse < best_sse:
#             best_sse, best_slope, best_intercept = sse, slope, intercept
# ```
#
# The double loop is slow once the grid gets finer. Can numpy evaluate the grid in one go?"""
# task_type = 'performance'
# domain = 'numerical_methods'
# libraries = ['numpy']
# inputs = { x = 'line.x', y = 'line.y' }
# checks = [
#     'np.any(np.isclose(np.linspace(0, 5, 101), best_slope)) and np.any(np.isclose(np.linspace(-5, 5, 101), best_intercept))',
#     # the chosen pair's error is the grid's smallest (a near-tie may be broken either way)
#     '''np.isclose(np.sum((y - (best_slope * x + best_intercept)) ** 2), np.min(((y[None, None, :] - (np.linspace(0, 5, 101)[:, None, None] * x + np.linspace(-5, 5, 101)[None, :, None])) ** 2).sum(axis=2)), rtol=1e-9, atol=1e-9)''',
# ]
# difficulty = 'intermediate'
# tags = ['vectorization', 'least-squares']
# edge_cases = true
# ///
import numpy as np

slopes = np.linspace(0, 5, 101)
intercepts = np.linspace(-5, 5, 101)
# residuals for every (slope, intercept, point) at once: shape (101, 101, len(x))
residuals = y - (slopes[:, None, None] * x + intercepts[None, :, None])
sse = (residuals**2).sum(axis=2)
row, column = np.unravel_index(np.argmin(sse), sse.shape)
best_slope, best_intercept = slopes[row], intercepts[column]
