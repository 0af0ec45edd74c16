# /// example
# task = """
# Compute the area under the sampled Gaussian peak (`x`, `y`) over the sampled range with \
# Simpson's rule (`scipy.integrate.simpson`); store it in `area`. The true peak parameters \
# `params` are (amplitude, centre, width); the peak may be cut off by the end of the range."""
# prompt = """
# I've measured a Gaussian peak at positions `x` with intensities `y` (the true amplitude, centre \
# and width are in `params`; the peak may be cut off at the edge of the range). What's the area \
# under the sampled curve over the measured range using Simpson's rule? Store it in `area`."""
# domain = 'numerical_methods'
# libraries = ['scipy.integrate']
# inputs = { x = 'peak.x', y = 'peak.y', params = 'peak.params' }
# checks = [
#     # the exact area of the true peak between x[0] and x[-1], up to the data's noise (a standard deviation of
#     # up to 5% of the mean |y| per sample, which averages out over 25 or more samples)
#     'np.isclose(area, params[0] * params[2] * math.sqrt(math.pi / 2) * (math.erf((x[-1] - params[1]) / (math.sqrt(2) * params[2])) - math.erf((x[0] - params[1]) / (math.sqrt(2) * params[2]))), rtol=0.06)',
#     # on samples that resolve the peak, Simpson's and the trapezoid rule agree closely
#     'np.isclose(area, np.sum((y[1:] + y[:-1]) / 2 * np.diff(x)), rtol=0.03)',
#     'np.isclose(area, scipy.integrate.simpson(y, x=x), rtol=1e-9)',
# ]
# difficulty = 'basic'
# tags = ['quadrature', 'sampled-data']
# [edge_cases]
# min_size = 25
# why = "a sampled-data rule recovers a peak's area only when the samples resolve the peak: 25 or more samples over the range keep the spacing below 2/3 of the narrowest width the kind draws (range / 16)"
# ///
from scipy import integrate

# x= supplies the sample positions; without it simpson assumes a spacing of dx=1
area = integrate.simpson(y, x=x)
