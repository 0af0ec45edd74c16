# /// example
# task = """
# `x` (time) and `y` (a measured level) follow a straight-line trend with some outliers. This \
# code should give the Theil-Sen slope of `y` against `x` in `slope`, the intercept \
# `median(y) - slope * median(x)` in `intercept` and the 95% confidence interval of the slope as \
# a `(low, high)` pair in `slope_ci`:
#
# ```python
# from scipy import stats
#
# res = stats.theilslopes(x, y)
# slope, intercept = res.slope, res.intercept
# slope_ci = (res.low_slope, res.high_slope)
# ```
#
# It runs, but the slope is nowhere near the trend in the data. Fix it."""
# prompt = """
# I want a robust (Theil-Sen) trend of `y` over `x`: the slope in `slope`, the intercept \
# `median(y) - slope * median(x)` in `intercept`, and the 95% CI of the slope in `slope_ci` as \
# `(low, high)`. My code:
#
# ```python
# from scipy import stats
#
# res = stats.theilslopes(x, y)
# slope, intercept = res.slope, res.intercept
# slope_ci = (res.low_slope, res.high_slope)
# ```
#
# gives a slope that looks like the inverse of the real one. What is going on?"""
# task_type = 'fix'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { x = 'line.x', y = 'line.y' }
# checks = [
#     # Theil-Sen slope: the median of the slopes between all pairs of points with different x
#     '(lambda i, j: np.isclose(slope, np.median(((y[j] - y[i]) / (x[j] - x[i]))[x[j] != x[i]])))(*np.triu_indices(len(x), 1))',
#     'np.isclose(intercept, np.median(y) - slope * np.median(x))',
#     'np.allclose(slope_ci, scipy.stats.theilslopes(y, x, 0.95)[2:4])',
#     'slope_ci[0] <= slope <= slope_ci[1]',
# ]
# difficulty = 'advanced'
# tags = ['debugging', 'robust-statistics', 'regression', 'trend']
# edge_cases = true
# ///
from scipy import stats

# theilslopes takes the response first: theilslopes(y, x), unlike most (x, y) APIs
res = stats.theilslopes(y, x, 0.95)
slope, intercept = res.slope, res.intercept
slope_ci = (res.low_slope, res.high_slope)
