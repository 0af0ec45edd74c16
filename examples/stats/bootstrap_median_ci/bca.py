# /// example
# # the interval checks allow rounding in the interpolation between bootstrap replicates (the sample is positive)
# task = """
# Compute a 95% bootstrap confidence interval for the median of the skewed sample `skewed` with \
# the bias-corrected and accelerated (BCa) method, which adjusts for skew in the bootstrap \
# distribution (its acceleration comes from the leave-one-out medians; when those are all equal, \
# as on a constant or heavily tied sample, scipy may return a NaN interval) (method="BCa", 2000 \
# resamples, seeded Generator); store the result in `result` and the interval in `ci`."""
# prompt = """
# My sample `skewed` is right-skewed and I want a 95% bootstrap confidence interval for its \
# median using the bias-corrected and accelerated (BCa) method, with 2000 resamples and a seeded \
# Generator. Keep the bootstrap result in `result` and the interval in `ci` (on a constant or \
# heavily tied sample scipy may give a NaN interval, which is fine)."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { skewed = 'skewed' }
# checks = [
#     'len(result.bootstrap_distribution) == 2000',
#     # `ci` may be scipy's ConfidenceInterval (a named tuple) or a plain (low, high) pair
#     'np.isnan(ci[0]) == np.isnan(ci[1])',
#     'not np.isnan(ci[0]) or np.ptp([np.median(np.delete(skewed, i)) for i in range(len(skewed))]) == 0',
#     'np.isnan(ci[0]) or (ci[0] <= np.median(skewed) * (1 + 1e-12) and np.median(skewed) <= ci[1] * (1 + 1e-12))',
#     'np.isnan(ci[0]) or (skewed.min() * (1 - 1e-12) <= ci[0] and ci[1] <= skewed.max() * (1 + 1e-12))',
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
    # BCa's acceleration comes from the leave-one-out medians, so heavy ties can make it NaN
    method="BCa",
    n_resamples=2000,
    random_state=np.random.default_rng(0),
)
ci = result.confidence_interval
