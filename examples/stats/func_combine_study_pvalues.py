# /// example
# task = '''
# Write a function `meta_pvalue` with the signature and docstring below. Apply it with Stouffer's
# method and weights 40, 120, 75 (the studies' sample sizes) to the one-sided p-values 0.03,
# 0.20, 0.08 of three studies, storing the returned pair in `combined`. Call it on an empty list
# and on the p-values `[0.5, 1.2]` too, catch each `ValueError` and store the two messages in the
# list `invalid_messages`.
#
# ```python
# def meta_pvalue(pvalues, method="fisher", weights=None):
#     """Combine one-sided p-values of independent studies.
#
#     method "fisher": statistic -2 * sum(log p), chi-square with 2k degrees
#     of freedom; method "stouffer": statistic sum(w * z) / sqrt(sum(w**2))
#     with z = standard normal quantile of 1 - p and weights w (default 1),
#     standard normal. Returns (statistic, combined p-value). Raises
#     ValueError when pvalues is empty or a p-value is outside (0, 1].
#     """
# ```'''
# prompt = """
# I have one-sided p-values from several independent studies and want one overall answer. \
# Please write `meta_pvalue(pvalues, method="fisher", weights=None)` returning `(statistic, \
# combined p-value)`: Fisher's method (-2 sum log p against chi-square with 2k df) or \
# Stouffer's (weighted sum of the normal quantiles of 1 - p over sqrt of the sum of squared \
# weights, weights default 1). Empty input or p-values outside (0, 1] should raise \
# `ValueError`. Use it with Stouffer's method and weights `40, 120, 75` on my p-values \
# `0.03, 0.20, 0.08`, storing the pair in `combined`, and collect the error messages for `[]` \
# and `[0.5, 1.2]` in the list `invalid_messages`."""
# task_type = 'function'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = {}
# checks = [
#     '(lambda s: np.allclose(meta_pvalue([0.01, 0.2, 0.3]), (s, scipy.stats.chi2.sf(s, 6))))(-2 * np.sum(np.log([0.01, 0.2, 0.3])))',
#     '(lambda z: np.allclose(meta_pvalue([0.01, 0.2, 0.3], method="stouffer"), (z, scipy.stats.norm.sf(z))))(np.sum(scipy.stats.norm.isf([0.01, 0.2, 0.3])) / np.sqrt(3))',
#     # Fisher on a single study gives back its own p-value
#     'np.isclose(meta_pvalue([0.04])[1], 0.04) and np.isclose(meta_pvalue([1.0])[1], 1.0)',
#     '(lambda w, z: np.allclose(combined, (np.dot(w, z) / np.sqrt(np.sum(np.square(w))), scipy.stats.norm.sf(np.dot(w, z) / np.sqrt(np.sum(np.square(w)))))))([40, 120, 75], scipy.stats.norm.isf([0.03, 0.20, 0.08]))',
#     # one message per invalid call: the empty input and the p-value above 1
#     'len(invalid_messages) == 2 and all(isinstance(m, str) and len(m) > 0 for m in invalid_messages)',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'hypothesis-test', 'multiple-comparisons', 'validation']
# ///
import numpy as np
from scipy import stats


def meta_pvalue(pvalues, method="fisher", weights=None):
    """Combine one-sided p-values of independent studies.

    method "fisher": statistic -2 * sum(log p), chi-square with 2k degrees
    of freedom; method "stouffer": statistic sum(w * z) / sqrt(sum(w**2))
    with z = standard normal quantile of 1 - p and weights w (default 1),
    standard normal. Returns (statistic, combined p-value). Raises
    ValueError when pvalues is empty or a p-value is outside (0, 1].
    """
    pvalues = np.asarray(pvalues, dtype=float)
    if pvalues.size == 0:
        raise ValueError("no p-values to combine")
    if np.any((pvalues <= 0) | (pvalues > 1)) or np.any(np.isnan(pvalues)):
        raise ValueError(f"p-values must lie in (0, 1], got {pvalues.tolist()}")
    # combine_pvalues implements both methods; weights are used by Stouffer's only
    result = stats.combine_pvalues(pvalues, method=method, weights=weights)
    return float(result.statistic), float(result.pvalue)


combined = meta_pvalue([0.03, 0.20, 0.08], method="stouffer", weights=[40, 120, 75])
invalid_messages = []
for invalid in ([], [0.5, 1.2]):
    try:
        meta_pvalue(invalid)
    except ValueError as error:
        invalid_messages.append(str(error))
