# /// example
# task = """
# Fit a two-parameter lognormal distribution (location fixed at 0) to the positive, right-skewed \
# sample `skewed`: store the shape, location and scale in `shape`, `loc` and `scale`, the frozen \
# fitted distribution in `fitted` and its median in `median_estimate`."""
# prompt = """
# Fit a two-parameter lognormal (location fixed at 0) to my positive, right-skewed sample \
# `skewed`. Store the shape, location and scale in `shape`, `loc` and `scale`, the frozen fitted \
# distribution in `fitted`, and its median in `median_estimate`."""
# domain = 'statistics'
# libraries = ['scipy.stats']
# inputs = { skewed = 'skewed' }
# checks = [
#     # with loc fixed, the MLE is the normal fit of log(x): shape = sigma, scale = exp(mu)
#     'np.isclose(shape, np.std(np.log(skewed)))',
#     'np.isclose(scale, np.exp(np.mean(np.log(skewed)))) and loc == 0',
#     'np.isclose(median_estimate, scale)',
# ]
# difficulty = 'basic'
# tags = ['probability-distributions', 'distribution-fitting']
# [edge_cases]
# min_size = 2
# constant = false
# why = 'the lognormal shape is the spread of log(x): the fit needs two or more values that vary'
# ///
from scipy import stats

# floc=0 fixes the location, leaving the two-parameter lognormal: shape sigma, scale exp(mu)
shape, loc, scale = stats.lognorm.fit(skewed, floc=0)
fitted = stats.lognorm(shape, loc=loc, scale=scale)
median_estimate = fitted.median()
