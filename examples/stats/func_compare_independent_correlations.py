# /// example
# task = '''
# Write the function `compare_correlations` below (Fisher z-test for two correlations from
# independent samples) and store `compare_correlations(0.6, 50, 0.3, 60)` in `comparison`, and
# in the list `errors` the messages raised by `compare_correlations(0.5, 3, 0.2, 40)` and
# `compare_correlations(1.0, 30, 0.2, 40)`.
#
# ```python
# def compare_correlations(r1, n1, r2, n2):
#     """Two-sided test that two independent Pearson correlations are equal.
#
#     z = (atanh(r1) - atanh(r2)) / sqrt(1 / (n1 - 3) + 1 / (n2 - 3));
#     returns (z, p) with p = 2 * P(Z > |z|) for a standard normal Z.
#     Raises ValueError("each sample needs more than 3 pairs") and
#     ValueError("correlations must lie strictly between -1 and 1").
#     """
# ```'''
# prompt = """
# I found r = 0.6 (n = 50) in one study and r = 0.3 (n = 60) in another. Please write \
# `compare_correlations(r1, n1, r2, n2)` doing the Fisher z test of equal correlations, \
# returning (z, two-sided p); raise `ValueError("each sample needs more than 3 pairs")` if \
# n <= 3 and `ValueError("correlations must lie strictly between -1 and 1")` for |r| >= 1. Store \
# my comparison in `comparison` and the messages for `compare_correlations(0.5, 3, 0.2, 40)` and \
# `compare_correlations(1.0, 30, 0.2, 40)` in the list `errors`."""
# task_type = 'function'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = {}
# checks = [
#     'np.isclose(comparison[0], (np.arctanh(0.6) - np.arctanh(0.3)) / np.sqrt(1 / 47 + 1 / 57))',
#     'np.isclose(comparison[1], 2 * scipy.stats.norm.sf(abs(comparison[0])))',
#     'np.isclose(compare_correlations(-0.2, 100, 0.1, 80)[0], (np.arctanh(-0.2) - np.arctanh(0.1)) / np.sqrt(1 / 97 + 1 / 77))',
#     'np.isclose(compare_correlations(-0.2, 100, 0.1, 80)[1], 2 * scipy.stats.norm.cdf((np.arctanh(-0.2) - np.arctanh(0.1)) / np.sqrt(1 / 97 + 1 / 77)))',
#     'np.isclose(compare_correlations(0.4, 20, 0.4, 25)[0], 0.0) and np.isclose(compare_correlations(0.4, 20, 0.4, 25)[1], 1.0)',
#     'np.isclose(compare_correlations(0.5, 10, -0.5, 10)[0], 2 * np.arctanh(0.5) / np.sqrt(2 / 7))',
#     'list(errors) == ["each sample needs more than 3 pairs", "correlations must lie strictly between -1 and 1"]',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'correlation', 'hypothesis-test', 'validation']
# ///
import numpy as np
from scipy import stats


def compare_correlations(r1, n1, r2, n2):
    """Two-sided test that two independent Pearson correlations are equal.

    z = (atanh(r1) - atanh(r2)) / sqrt(1 / (n1 - 3) + 1 / (n2 - 3));
    returns (z, p) with p = 2 * P(Z > |z|) for a standard normal Z.
    Raises ValueError("each sample needs more than 3 pairs") and
    ValueError("correlations must lie strictly between -1 and 1").
    """
    if n1 <= 3 or n2 <= 3:
        raise ValueError("each sample needs more than 3 pairs")
    if not (-1 < r1 < 1 and -1 < r2 < 1):
        raise ValueError("correlations must lie strictly between -1 and 1")
    # Fisher's z transform makes the sampling distribution of r close to normal
    z = (np.arctanh(r1) - np.arctanh(r2)) / np.sqrt(1 / (n1 - 3) + 1 / (n2 - 3))
    p = 2 * stats.norm.sf(abs(z))
    return z, p


comparison = compare_correlations(0.6, 50, 0.3, 60)

errors = []
for args in [(0.5, 3, 0.2, 40), (1.0, 30, 0.2, 40)]:
    try:
        compare_correlations(*args)
    except ValueError as error:
        errors.append(str(error))
