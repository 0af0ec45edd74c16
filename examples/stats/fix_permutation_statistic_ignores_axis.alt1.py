import numpy as np
from scipy.stats import permutation_test


def difference_in_means(x, y, axis=-1):
    return x.mean(axis=axis) - y.mean(axis=axis)


result = permutation_test(
    (treated, control),
    difference_in_means,
    vectorized=True,
    alternative="two-sided",
    n_resamples=9999,
    random_state=np.random.default_rng(0),
)
diff = result.statistic
p_value = result.pvalue
