# /// example
# task = """
# Daily rainfall on wet days is modelled as a gamma distribution with shape 2 and scale 3 mm. \
# Store the central interval holding 90% of the probability in `central_90` (a (low, high) \
# pair), the raw third moment E[X^3] in `third_moment` and the skewness in `skewness`."""
# prompt = """
# My wet-day rainfall model is gamma with shape 2 and scale 3 (mm). What range covers the \
# middle 90% of days (`central_90`, low and high)? I also need E[X^3] for a loss formula \
# (`third_moment`, the raw moment, not central) and the distribution's skewness (`skewness`)."""
# domain = 'statistics'
# libraries = ['scipy.stats']
# inputs = {}
# checks = [
#     'np.allclose(central_90, scipy.stats.gamma.ppf([0.05, 0.95], 2, scale=3))',
#     # E[X^3] = scale^3 * a (a + 1) (a + 2)
#     'np.isclose(third_moment, 3**3 * 2 * 3 * 4)',
#     'np.isclose(skewness, 2 / np.sqrt(2))',
# ]
# difficulty = 'basic'
# tags = ['probability-distributions', 'quantiles', 'applied-science']
# ///
from scipy import stats

rainfall = stats.gamma(a=2.0, scale=3.0)
# interval(0.9) cuts 5% from each tail
central_90 = rainfall.interval(0.9)
third_moment = rainfall.moment(3)
skewness = rainfall.stats(moments="s")
