# /// example
# task = """
# Model the Celsius readings `values` as normal with the sample mean and the sample standard \
# deviation (ddof=1), using the distribution class `scipy.stats.Normal`; keep it in `X`. Store \
# in `p_between` the probability of a reading between 40 and 60 degrees C, in `upper` the 97.5th \
# percentile, and in `Y` the distribution of the same readings in Fahrenheit (9/5 X + 32), built \
# by arithmetic on `X`."""
# prompt = """
# My sensor readings `values` are in degrees Celsius. Using scipy's new distribution objects \
# (the `Normal` class, not the old `norm`), model them as normal with the sample mean and sample \
# standard deviation (ddof=1) and keep it in `X`. What's the probability that a reading lies \
# between `40` and `60` degrees C (`p_between`), and what's the `0.975` quantile (`upper`)? Then \
# give me the distribution in Fahrenheit, 9/5 X + 32, as `Y`, by doing the arithmetic on `X` \
# itself."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { values = 'values' }
# checks = [
#     'np.isclose(X.mean(), np.mean(values)) and np.isclose(X.standard_deviation(), np.std(values, ddof=1))',
#     'np.isclose(p_between, scipy.stats.norm.cdf(60, np.mean(values), np.std(values, ddof=1)) - scipy.stats.norm.cdf(40, np.mean(values), np.std(values, ddof=1)), atol=1e-12)',
#     'np.isclose(upper, scipy.stats.norm.ppf(0.975, np.mean(values), np.std(values, ddof=1)))',
#     'np.isclose(Y.mean(), 9 / 5 * np.mean(values) + 32) and np.isclose(Y.standard_deviation(), 9 / 5 * np.std(values, ddof=1))',
#     # the same event on both scales has the same probability
#     'np.isclose(Y.cdf(9 / 5 * upper + 32), 0.975)',
# ]
# difficulty = 'basic'
# tags = ['probability-distributions', 'quantiles']
# requires = { scipy = ">=1.15" }
# [edge_cases]
# min_size = 2
# constant = false
# why = 'a normal model needs a positive standard deviation: at least two readings that vary'
# ///
import numpy as np
from scipy import stats

X = stats.Normal(mu=np.mean(values), sigma=np.std(values, ddof=1))
# cdf with two arguments gives P(40 < X <= 60) directly, accurately even in the tails
p_between = X.cdf(40, 60)
upper = X.icdf(0.975)
Y = 9 / 5 * X + 32
