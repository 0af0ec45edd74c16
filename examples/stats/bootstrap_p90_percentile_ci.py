# /// example
# task = """
# `skewed` is a right-skewed sample of repair times. Estimate its 90th percentile (NumPy's \
# default linear interpolation) in `p90` and a 95% percentile-bootstrap confidence interval for \
# it with `scipy.stats.bootstrap` (5000 resamples, `random_state=np.random.default_rng(0)`), \
# stored as the result's `confidence_interval` in `ci`."""
# prompt = """
# How uncertain is the 90th percentile of my repair times `skewed`? Give me the estimate `p90` \
# (plain `np.percentile`) and a `95`% bootstrap CI in `ci` using `scipy.stats.bootstrap` with the \
# percentile method, `5000` resamples and `np.random.default_rng(0)` so I can reproduce it."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { skewed = 'skewed' }
# checks = [
#     'np.isclose(p90, np.percentile(skewed, 90))',
#     '(lambda r: np.isclose(ci.low, r.low) and np.isclose(ci.high, r.high))(scipy.stats.bootstrap((skewed,), lambda s, axis: np.percentile(s, 90, axis=axis), n_resamples=5000, method="percentile", confidence_level=0.95, random_state=np.random.default_rng(0)).confidence_interval)',
#     'np.min(skewed) <= ci.low <= ci.high <= np.max(skewed)',
# ]
# difficulty = 'basic'
# tags = ['bootstrap', 'confidence-interval', 'quantiles']
# edge_cases = { min_size = 2, why = "bootstrapping needs at least two repair times" }
# ///
import numpy as np
from scipy import stats


def percentile_90(sample, axis):
    return np.percentile(sample, 90, axis=axis)


p90 = np.percentile(skewed, 90)
# method="percentile" avoids BCa, whose jackknife step is unstable for a tail quantile
result = stats.bootstrap(
    (skewed,),
    percentile_90,
    n_resamples=5000,
    confidence_level=0.95,
    method="percentile",
    random_state=np.random.default_rng(0),
)
ci = result.confidence_interval
