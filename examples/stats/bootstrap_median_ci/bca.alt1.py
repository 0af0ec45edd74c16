import numpy as np
from scipy.stats import bootstrap

rng = np.random.default_rng(99)
# the data go in as a one-element tuple; np.median takes the axis keyword bootstrap passes
result = bootstrap(
    (np.asarray(skewed),),
    np.median,
    n_resamples=2000,
    confidence_level=0.95,
    method="BCa",
    random_state=rng,
)
ci = (result.confidence_interval.low, result.confidence_interval.high)
