# /// example
# task = """
# `before` and `after` are blood-pressure readings of the same patients (position i is one \
# patient). This code should run a two-sided paired permutation test of the mean change \
# `before - after` (9999 resamples, `random_state=np.random.default_rng(0)`) and store the \
# statistic in `mean_drop` and the p-value in `p_value`, but it raises an error:
#
# ```python
# import numpy as np
# from scipy import stats
#
#
# def mean_difference(x, y, axis):
#     return np.mean(x - y, axis=axis)
#
#
# res = stats.permutation_test(
#     (before, after), mean_difference, permutation_type="pairs", n_resamples=9999, random_state=np.random.default_rng(0)
# )
# mean_drop, p_value = res.statistic, res.pvalue
# ```
#
# ```text
# ValueError: `permutation_type` must be in {'samples', 'independent', 'pairings'}.
# ```
#
# Fix it."""
# prompt = """
# Paired data, `before` and `after` for each patient. I want a permutation test on the mean drop \
# (two-sided, `9999` resamples, `np.random.default_rng(0)`), giving `mean_drop` and `p_value`:
#
# ```python
# import numpy as np
# from scipy import stats
#
#
# def mean_difference(x, y, axis):
#     return np.mean(x - y, axis=axis)
#
#
# res = stats.permutation_test(
#     (before, after), mean_difference, permutation_type="pairs", n_resamples=9999, random_state=np.random.default_rng(0)
# )
# mean_drop, p_value = res.statistic, res.pvalue
# ```
#
# ```text
# ValueError: `permutation_type` must be in {'samples', 'independent', 'pairings'}.
# ```
#
# Which of these options is the one for paired before/after data?"""
# task_type = 'fix'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { before = 'paired.a', after = 'paired.b' }
# checks = [
#     'np.isclose(mean_drop, np.mean(before - after))',
#     # swapping before/after within patients is permutation_type="samples"
#     'np.isclose(p_value, scipy.stats.permutation_test((before, after), lambda x, y, axis: np.mean(x - y, axis=axis), permutation_type="samples", n_resamples=9999, random_state=np.random.default_rng(0)).pvalue)',
#     '0 < p_value <= 1',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'bootstrap', 'paired-samples', 'hypothesis-test']
# edge_cases = true
# ///
import numpy as np
from scipy import stats


def mean_difference(x, y, axis):
    return np.mean(x - y, axis=axis)


# "samples" swaps the two values within each patient; "pairings" would shuffle which patients are paired
res = stats.permutation_test(
    (before, after),
    mean_difference,
    permutation_type="samples",
    n_resamples=9999,
    random_state=np.random.default_rng(0),
)
mean_drop, p_value = res.statistic, res.pvalue
