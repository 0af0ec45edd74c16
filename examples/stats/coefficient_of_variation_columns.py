# /// example
# task = """
# Compute the coefficient of variation (population standard deviation divided by the mean) of \
# every column of the DataFrame `measurements` with `scipy.stats.variation`; store it as a Series \
# indexed by column name in `cv`."""
# prompt = """
# For each column of my DataFrame `measurements`, compute the coefficient of variation as the \
# population standard deviation (ddof=0) over the mean, using scipy's variation function. Store \
# it as a Series `cv` indexed by column name."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'pandas']
# inputs = { measurements = 'measurements' }
# checks = [
#     'list(cv.index) == list(measurements.columns)',
#     'np.allclose(cv, measurements.std(ddof=0) / measurements.mean(), equal_nan=True)',
# ]
# difficulty = 'basic'
# tags = ['descriptive-statistics', 'column-wise']
# edge_cases = true
# ///
from scipy import stats

# variation defaults to ddof=0, the population standard deviation over the mean
cv = measurements.apply(stats.variation)
