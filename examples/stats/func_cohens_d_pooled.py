# /// example
# task = '''
# Write a function `cohens_d` with the signature and docstring below. Apply it to the samples `a`
# and `b` and store the effect size in `d`; store in `short_error` the
# message raised by `cohens_d([1.0], [2.0, 3.0])`.
#
# ```python
# def cohens_d(a, b):
#     """Cohen's d of two independent samples with the pooled standard deviation.
#
#     d = (mean(a) - mean(b)) / s_p, s_p**2 = ((n_a - 1) var_a + (n_b - 1) var_b)
#     / (n_a + n_b - 2), with ddof=1 variances. NaN values are dropped first.
#     Raises ValueError("each sample needs at least 2 values") when a sample
#     has fewer than 2 non-NaN values. When s_p is 0 it returns 0.0 if the
#     means are equal and math.inf or -math.inf (the sign of the difference)
#     otherwise.
#     """
# ```'''
# prompt = """
# I report Cohen's d with every t-test, so I'd like a `cohens_d(a, b)` function: difference of \
# means divided by the pooled SD (ddof=1 variances weighted by n - 1), NaNs dropped. Fewer than 2 \
# values in a sample should raise `ValueError("each sample needs at least 2 values")`; if the \
# pooled SD is zero return `0.0` for equal means and plus/minus `math.inf` otherwise. Run it on my \
# samples `a` and `b` into `d`, and keep the error message for `cohens_d([1.0], [2.0, 3.0])` in \
# `short_error`."""
# task_type = 'function'
# domain = 'statistics'
# libraries = ['numpy']
# inputs = { a = 'groups.a', b = 'groups.b' }
# checks = [
#     'np.isclose(cohens_d([1.0, 2.0, 3.0, 4.0], [3.0, 4.0, 5.0, 6.0]), -2.0 / np.sqrt((3 * np.var([1, 2, 3, 4], ddof=1) + 3 * np.var([3, 4, 5, 6], ddof=1)) / 6))',
#     'np.isclose(cohens_d([2.0, np.nan, 4.0, 9.0], [1.0, 2.0]), (5.0 - 1.5) / np.sqrt((2 * np.var([2, 4, 9], ddof=1) + 1 * np.var([1, 2], ddof=1)) / 3))',
#     'cohens_d([5.0, 5.0, 5.0], [5.0, 5.0]) == 0.0',
#     'cohens_d([6.0, 6.0], [5.0, 5.0]) == math.inf and cohens_d([4.0, 4.0], [5.0, 5.0]) == -math.inf',
#     'short_error == "each sample needs at least 2 values"',
#     # d times the pooled SD gives back the difference of means (0 or infinite d when the SD is 0)
#     'np.isclose(d * np.sqrt(((len(a) - 1) * np.var(a, ddof=1) + (len(b) - 1) * np.var(b, ddof=1)) / (len(a) + len(b) - 2)), np.mean(a) - np.mean(b)) if np.var(a) + np.var(b) > 0 else d in (0.0, math.inf, -math.inf)',
#     'np.sign(d) == np.sign(np.mean(a) - np.mean(b))',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'effect-size', 'two-sample', 'validation']
# edge_cases = { min_size = 2, why = "Cohen's d needs at least two values per sample for a variance" }
# ///
import math

import numpy as np


def cohens_d(a, b):
    """Cohen's d of two independent samples with the pooled standard deviation.

    d = (mean(a) - mean(b)) / s_p, s_p**2 = ((n_a - 1) var_a + (n_b - 1) var_b)
    / (n_a + n_b - 2), with ddof=1 variances. NaN values are dropped first.
    Raises ValueError("each sample needs at least 2 values") when a sample
    has fewer than 2 non-NaN values. When s_p is 0 it returns 0.0 if the
    means are equal and math.inf or -math.inf (the sign of the difference)
    otherwise.
    """
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    a, b = a[~np.isnan(a)], b[~np.isnan(b)]
    if len(a) < 2 or len(b) < 2:
        raise ValueError("each sample needs at least 2 values")
    difference = a.mean() - b.mean()
    # ddof=1: each sample's variance is weighted by its degrees of freedom
    pooled_var = ((len(a) - 1) * a.var(ddof=1) + (len(b) - 1) * b.var(ddof=1)) / (
        len(a) + len(b) - 2
    )
    if pooled_var == 0:
        return 0.0 if difference == 0 else math.copysign(math.inf, difference)
    return float(difference / math.sqrt(pooled_var))


d = cohens_d(a, b)

try:
    cohens_d([1.0], [2.0, 3.0])
except ValueError as error:
    short_error = str(error)
