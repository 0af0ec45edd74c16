# /// example
# task = """
# Compute the running integral of the sampled logistic growth curve (`x`, `y`, evenly spaced) \
# with `cumulative_simpson(..., initial=0)`, so `cumulative` has one value per sample and equals \
# the composite Simpson's rule at every second sample; the true parameters `params` are \
# (capacity, rate, midpoint)."""
# prompt = """
# I have a noisy logistic growth curve sampled at evenly spaced points `x` with values `y` (the \
# true capacity, rate and midpoint are in `params`). I want the running integral using Simpson's \
# rule, one value per sample and starting at 0 at the first sample, so that every second point \
# matches the composite Simpson's rule exactly. Put it in `cumulative`."""
# domain = 'numerical_methods'
# libraries = ['scipy.integrate']
# inputs = { x = 'growth.x', y = 'growth.y', params = 'growth.params' }
# checks = [
#     'cumulative.shape == y.shape and cumulative[0] == 0',
#     # at x[2], x[4], ... the running integral is the composite Simpson's rule over panels of two intervals
#     'np.allclose(cumulative[2::2], np.cumsum((x[2::2] - x[:-2:2]) / 6 * (y[:-2:2] + 4 * y[1:-1:2] + y[2::2])), rtol=1e-9, atol=1e-12 * np.ptp(x) * np.abs(y).max())',
#     # the exact running integral of the true curve, up to coarse sampling and the data's noise (a standard
#     # deviation of up to 5% of the mean |y| per sample)
#     'np.allclose(cumulative, params[0] / params[1] * (np.logaddexp(0, params[1] * (x - params[2])) - np.logaddexp(0, params[1] * (x[0] - params[2]))), atol=0.08 * params[0] * (x[-1] - x[0]))',
# ]
# difficulty = 'intermediate'
# tags = ['quadrature', 'sampled-data']
# edge_cases = true
# requires = { scipy = '>=1.12' }
# ///
from scipy import integrate

# initial=0 prepends the integral's zero at x[0], so the result has one value per sample
cumulative = integrate.cumulative_simpson(y, x=x, initial=0)
