# /// example
# task = """
# Fit a robust straight line to the points (`x`, `y`) with the Theil-Sen estimator, computing \
# the intercept by the "joint" method (median of y - slope * x) instead of the default \
# "separate" one (median(y) - slope * median(x)). Store the slope in `slope`, the intercept in \
# `intercept` and the 95% confidence interval of the slope as `slope_low`, `slope_high`."""
# prompt = """
# I want a Theil-Sen line through `x`, `y`, but with the intercept taken as the median of the \
# residuals y - slope*x (SciPy's "joint" method), not median(y) - slope*median(x). Please give \
# `slope`, `intercept`, and the slope's 95% interval as `slope_low` and `slope_high`."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { x = 'line.x', y = 'line.y' }
# checks = [
#     # the median of all pairwise slopes (x values are distinct)
#     'np.isclose(slope, np.median([(y[j] - y[i]) / (x[j] - x[i]) for i in range(len(x)) for j in range(i + 1, len(x))]))',
#     'np.isclose(intercept, np.median(y - slope * x))',
#     'slope_low <= slope <= slope_high',
#     'np.allclose([slope_low, slope_high], scipy.stats.theilslopes(y, x)[2:4])',
# ]
# difficulty = 'intermediate'
# tags = ['regression', 'robust-statistics', 'confidence-interval']
# edge_cases = true
# ///
from scipy import stats

# method="joint" takes the intercept as median(y - slope * x)
result = stats.theilslopes(y, x, alpha=0.95, method="joint")
slope, intercept = result.slope, result.intercept
slope_low, slope_high = result.low_slope, result.high_slope
