# /// example
# task = """
# This code tests whether the most extreme value of `readings` is an outlier under a normal \
# model: the statistic is Grubbs' `G = max|x - mean| / std(ddof=1)`, and its null distribution \
# is simulated from 2000 standard-normal samples of the same size, one per loop iteration. It \
# stores the observed `G` in `g_stat` and the one-sided p-value (large G is evidence) in \
# `p_value`:
#
# ```python
# import numpy as np
#
#
# def grubbs(x):
#     return np.max(np.abs(x - x.mean())) / x.std(ddof=1)
#
#
# rng = np.random.default_rng(0)
# g_stat = grubbs(readings)
# null = np.array([grubbs(rng.standard_normal(len(readings))) for _ in range(2000)])
# p_value = (np.sum(null >= g_stat) + 1) / (len(null) + 1)
# ```
#
# Rewrite it so that the simulated samples are drawn and scored as whole arrays (the random \
# draws may differ)."""
# prompt = """
# I run a Monte Carlo Grubbs test for one outlier in `readings` (G = largest absolute deviation \
# from the mean over the sample standard deviation, null simulated from normal samples, \
# one-sided), giving `g_stat` and `p_value`, but it loops:
#
# ```python
# import numpy as np
#
#
# def grubbs(x):
#     return np.max(np.abs(x - x.mean())) / x.std(ddof=1)
#
#
# rng = np.random.default_rng(0)
# g_stat = grubbs(readings)
# null = np.array([grubbs(rng.standard_normal(len(readings))) for _ in range(2000)])
# p_value = (np.sum(null >= g_stat) + 1) / (len(null) + 1)
# ```
#
# How do I vectorise this?"""
# task_type = 'performance'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { readings = 'values' }
# checks = [
#     'np.isclose(g_stat, np.max(np.abs(readings - np.mean(readings))) / np.std(readings, ddof=1))',
#     # a Monte Carlo p-value: within a few standard errors of a long reference run
#     'abs(p_value - scipy.stats.monte_carlo_test(readings, np.random.default_rng(1).standard_normal, lambda x, axis: np.max(np.abs(x - x.mean(axis=axis, keepdims=True)), axis=axis) / x.std(axis=axis, ddof=1), n_resamples=9999, alternative="greater").pvalue) < 0.06',
#     '0 < p_value <= 1',
# ]
# difficulty = 'advanced'
# tags = ['vectorization', 'outliers', 'hypothesis-test']
# edge_cases = { min_size = 3, constant = false, why = "G needs a spread and is the same for every pair of values, so at least three readings that vary" }
# ///
import numpy as np
from scipy import stats


def grubbs(x, axis):
    deviation = np.abs(x - x.mean(axis=axis, keepdims=True))
    return np.max(deviation, axis=axis) / x.std(axis=axis, ddof=1)


# monte_carlo_test draws all null samples with the generator's method and scores them along `axis`
result = stats.monte_carlo_test(
    readings,
    np.random.default_rng(0).standard_normal,
    grubbs,
    n_resamples=2000,
    alternative="greater",
)
g_stat = result.statistic
p_value = result.pvalue
