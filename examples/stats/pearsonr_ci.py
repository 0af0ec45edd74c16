# /// example
# task = """
# Measure the linear correlation between `x` and `y` with Pearson's r; store the test result in \
# `result` and the 95% confidence interval for r in `ci`."""
# prompt = """
# How strongly are `x` and `y` linearly correlated? Compute Pearson's r with its test in `result` \
# and the 95% confidence interval for r in `ci`."""
# domain = 'statistics'
# libraries = ['scipy.stats']
# inputs = { x = 'line.x', y = 'line.y' }
# checks = [
#     'np.isclose(result.statistic, np.corrcoef(x, y)[0, 1])',
#     '0 <= result.pvalue <= 1',
#     '-1 <= ci.low <= result.statistic <= ci.high <= 1',
# ]
# difficulty = 'basic'
# tags = ['correlation', 'confidence-interval']
# edge_cases = true
# ///
from scipy import stats

result = stats.pearsonr(x, y)
# by default the interval comes from the Fisher transform arctanh(r), which assumes bivariate
# normal data
ci = result.confidence_interval(confidence_level=0.95)
