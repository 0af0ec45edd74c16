# /// example
# task = """
# `before` and `after` are readings of the same patients (position i is one patient). This code \
# should give a 95% percentile bootstrap confidence interval for the mean change `after - before` \
# (2000 resamples, seeded with `np.random.default_rng(0)`) in `ci`:
#
# ```python
# import numpy as np
# from scipy import stats
#
#
# def mean_change(before, after, axis=-1):
#     return np.mean(after, axis=axis) - np.mean(before, axis=axis)
#
#
# result = stats.bootstrap(
#     (before, after), mean_change, n_resamples=2000, method="percentile", random_state=np.random.default_rng(0)
# )
# ci = result.confidence_interval
# ```
#
# It runs, but the interval is far wider than it should be, because it resamples `before` and \
# `after` independently and so breaks up the pairs. Fix it."""
# prompt = """
# I want a bootstrap CI (95%, percentile method, 2000 resamples, `np.random.default_rng(0)`) for \
# the average change in my paired readings `before`/`after` (same patients, same order), in `ci`:
#
# ```python
# import numpy as np
# from scipy import stats
#
#
# def mean_change(before, after, axis=-1):
#     return np.mean(after, axis=axis) - np.mean(before, axis=axis)
#
#
# result = stats.bootstrap(
#     (before, after), mean_change, n_resamples=2000, method="percentile", random_state=np.random.default_rng(0)
# )
# ci = result.confidence_interval
# ```
#
# The interval is about as wide as if these were two unrelated groups. How do I keep the pairs?"""
# task_type = 'fix'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { before = 'paired.a', after = 'paired.b' }
# checks = [
#     # resampling whole patients with the same generator and settings gives the same interval
#     'np.isclose(ci.low, scipy.stats.bootstrap((before, after), lambda b, a, axis: np.mean(a - b, axis=axis), paired=True, n_resamples=2000, method="percentile", random_state=np.random.default_rng(0)).confidence_interval.low)',
#     'np.isclose(ci.high, scipy.stats.bootstrap((before, after), lambda b, a, axis: np.mean(a - b, axis=axis), paired=True, n_resamples=2000, method="percentile", random_state=np.random.default_rng(0)).confidence_interval.high)',
#     'ci.low <= np.mean(after - before) + 1e-9 * (1 + np.abs(after - before).max()) and np.mean(after - before) - 1e-9 * (1 + np.abs(after - before).max()) <= ci.high',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'bootstrap', 'paired-samples', 'confidence-interval']
# edge_cases = { min_size = 2, why = "resampling needs at least two patients" }
# ///
import numpy as np
from scipy import stats


def mean_change(before, after, axis=-1):
    return np.mean(after, axis=axis) - np.mean(before, axis=axis)


# paired=True resamples patients, so each before/after pair stays together
result = stats.bootstrap(
    (before, after),
    mean_change,
    paired=True,
    n_resamples=2000,
    method="percentile",
    random_state=np.random.default_rng(0),
)
ci = result.confidence_interval
