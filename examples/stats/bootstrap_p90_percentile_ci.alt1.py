import numpy as np
from scipy.stats import bootstrap

rng = np.random.default_rng(0)
p90 = np.quantile(skewed, 0.9)
res = bootstrap(
    (skewed,),
    lambda sample, axis=-1: np.quantile(sample, 0.9, axis=axis),
    n_resamples=5000,
    method="percentile",
    random_state=rng,
)
ci = res.confidence_interval
