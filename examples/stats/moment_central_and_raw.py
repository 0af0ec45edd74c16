# /// example
# task = """
# Compute the 2nd, 3rd and 4th central sample moments of `x` (about the sample mean, dividing \
# by n) in one call of `scipy.stats.moment` and store them in `central`; also store the 2nd \
# moment about zero (the mean of x**2) in `raw_second`, using `moment`'s `center` argument. \
# When all values are equal the central moments are exactly 0: store zeros then."""
# prompt = """
# I need the sample central moments of order 2, 3 and 4 of `x` (divide by n, about the mean) as \
# `central`, and the second moment about the origin, mean of x^2, as `raw_second` (I know \
# scipy's moment can take a center). If every value is the same, just give zeros for `central`."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { x = 'groups.c' }
# checks = [
#     'np.allclose(central, [np.mean((x - x.mean()) ** k) for k in (2, 3, 4)], rtol=1e-9, atol=1e-12 * max(1.0, np.abs(x).max()) ** 4)',
#     'np.isclose(raw_second, np.mean(x**2))',
# ]
# difficulty = 'basic'
# tags = ['descriptive-statistics']
# edge_cases = true
# ///
import numpy as np
from scipy import stats

# a list of orders returns all of them from one pass
central = np.zeros(3) if np.ptp(x) == 0 else stats.moment(x, [2, 3, 4])
# center=0 measures the moment about the origin instead of the mean
raw_second = stats.moment(x, 2, center=0)
