# /// example
# task = """
# Compute the coefficient of variation (population standard deviation divided by the mean) of \
# every column of the DataFrame `measurements` with `scipy.stats.variation`; store it as a Series \
# indexed by column name in `cv`."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'pandas']
# inputs = { measurements = 'measurements' }
# checks = [
#     'list(cv.index) == list(measurements.columns)',
#     'np.allclose(cv, measurements.std(ddof=0) / measurements.mean(), equal_nan=True)',
# ]
# difficulty = 'basic'
# tags = ['descriptive', 'dataframe']
# edge_cases = true
# ///
from scipy import stats

cv = measurements.apply(stats.variation)
