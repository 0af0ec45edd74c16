# /// example
# task = """
# `control` and `treated` are two independent samples. This code should run a two-sided \
# permutation test of the difference in means `mean(treated) - mean(control)` (9999 resamples, \
# `random_state=np.random.default_rng(0)`) and store the observed difference in `diff` and the \
# p-value in `p_value`, but it raises an error:
#
# ```python
# import numpy as np
# from scipy import stats
#
#
# def mean_diff(treated, control, axis):
#     return np.mean(treated) - np.mean(control)
#
#
# res = stats.permutation_test(
#     (treated, control), mean_diff, n_resamples=9999, random_state=np.random.default_rng(0)
# )
# diff, p_value = res.statistic, res.pvalue
# ```
#
# ```text
# ValueError: zero-dimensional arrays cannot be concatenated
# ```
#
# Fix it and keep the test vectorised."""
# prompt = """
# My permutation test for `treated` vs `control` (difference of means, two-sided, `9999` \
# resamples, `np.random.default_rng(0)`) should give `diff` and `p_value`:
#
# ```python
# import numpy as np
# from scipy import stats
#
#
# def mean_diff(treated, control, axis):
#     return np.mean(treated) - np.mean(control)
#
#
# res = stats.permutation_test(
#     (treated, control), mean_diff, n_resamples=9999, random_state=np.random.default_rng(0)
# )
# diff, p_value = res.statistic, res.pvalue
# ```
#
# but I get
#
# ```text
# ValueError: zero-dimensional arrays cannot be concatenated
# ```
#
# The function does take an `axis` argument, so what is wrong?"""
# task_type = 'fix'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { control = 'groups.a', treated = 'groups.c' }
# checks = [
#     'np.isclose(diff, np.mean(treated) - np.mean(control))',
#     'np.isclose(p_value, scipy.stats.permutation_test((treated, control), lambda t, c, axis: np.mean(t, axis=axis) - np.mean(c, axis=axis), n_resamples=9999, random_state=np.random.default_rng(0)).pvalue)',
#     '0 < p_value <= 1',
# ]
# difficulty = 'advanced'
# tags = ['debugging', 'bootstrap', 'two-sample', 'hypothesis-test']
# edge_cases = true
# ///
import numpy as np
from scipy import stats


def mean_diff(treated, control, axis):
    # SciPy passes a whole batch of resamples at once: reduce along `axis`, not over everything
    return np.mean(treated, axis=axis) - np.mean(control, axis=axis)


res = stats.permutation_test(
    (treated, control), mean_diff, n_resamples=9999, random_state=np.random.default_rng(0)
)
diff, p_value = res.statistic, res.pvalue
