# /// example
# # the interval checks allow rounding in the interpolation between bootstrap replicates (the sample is positive)
# task = """
# Compute a 95% bootstrap confidence interval for the median of the skewed sample `skewed` with \
# the percentile method (method="percentile", 2000 resamples, seeded Generator); store the result \
# in `result` and the interval in `ci`."""
# prompt = """
# Give me a 95% percentile-bootstrap confidence interval for the median of my skewed sample \
# `skewed`, using 2000 resamples and a seeded Generator. Store the bootstrap result in `result` \
# and the interval in `ci`."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { skewed = 'skewed' }
# checks = [
#     'len(result.bootstrap_distribution) == 2000',
#     'ci.low <= np.median(skewed) * (1 + 1e-12) and np.median(skewed) <= ci.high * (1 + 1e-12)',
#     'skewed.min() * (1 - 1e-12) <= ci.low and ci.high <= skewed.max() * (1 + 1e-12)',
# ]
# difficulty = 'intermediate'
# tags = ['bootstrap', 'confidence-interval', 'parameter-choice']
# family = 'stats.bootstrap_median_ci'
# [edge_cases]
# min_size = 2
# why = 'resampling needs at least two observations (scipy.stats.bootstrap requires it)'
# ///
import numpy as np
from scipy import stats

result = stats.bootstrap(
    # data is a sequence of samples, so a single sample goes in as a one-element tuple
    (skewed,),
    np.median,
    confidence_level=0.95,
    # the interval is the 2.5th and 97.5th percentiles of the 2000 resampled medians
    method="percentile",
    n_resamples=2000,
    random_state=np.random.default_rng(0),
)
ci = result.confidence_interval
