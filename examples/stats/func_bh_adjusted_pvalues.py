# /// example
# task = '''
# Write a function `bh_adjust` with the signature and docstring below, and apply it to the
# p-values 0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205 of eight gene tests, storing
# the adjusted values in `adjusted`.
#
# ```python
# def bh_adjust(pvalues):
#     """Benjamini-Hochberg adjusted p-values (false discovery rate).
#
#     For the m non-NaN p-values sorted ascending, the adjusted value of the
#     i-th smallest is min over j >= i of p_(j) * m / j, capped at 1.
#     Returns a float array in the input's order; NaN p-values stay NaN and
#     do not count in m. An empty input gives an empty array.
#     """
# ```'''
# prompt = """
# I run hundreds of tests and need FDR-corrected p-values without statsmodels. Please write \
# `bh_adjust(pvalues)`: Benjamini-Hochberg step-up adjustment (sorted p times m over rank, made \
# monotone from the largest down, capped at 1), returned as a float array in the original order. \
# NaN p-values should stay NaN and not count towards m, and an empty input gives an empty array. \
# Apply it to my eight p-values `0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205` and keep \
# the result in `adjusted`."""
# task_type = 'function'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(bh_adjust([0.01, 0.04, 0.03, 0.20]), [0.04, 0.16 / 3, 0.16 / 3, 0.20])',
#     # 0.5 * 3 / 2 = 0.75 is lowered to 0.6 by the larger p-value's 0.6 * 3 / 3
#     'np.allclose(bh_adjust([0.6, 0.5, 0.001]), [0.6, 0.6, 0.003])',
#     'np.allclose(bh_adjust([0.02, np.nan, 0.9, 0.02]), [0.03, np.nan, 0.9, 0.03], equal_nan=True)',
#     'len(bh_adjust([])) == 0 and np.allclose(bh_adjust([0.7]), [0.7]) and np.allclose(bh_adjust([0.5, 0.9, 0.99]), [0.99, 0.99, 0.99])',
#     '(lambda p: np.allclose(bh_adjust(p), scipy.stats.false_discovery_control(p, method="bh")))(np.random.default_rng(0).uniform(size=50) ** 3)',
#     'np.allclose(adjusted, scipy.stats.false_discovery_control([0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205]))',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'multiple-comparisons', 'hypothesis-test']
# ///
import numpy as np


def bh_adjust(pvalues):
    """Benjamini-Hochberg adjusted p-values (false discovery rate).

    For the m non-NaN p-values sorted ascending, the adjusted value of the
    i-th smallest is min over j >= i of p_(j) * m / j, capped at 1.
    Returns a float array in the input's order; NaN p-values stay NaN and
    do not count in m. An empty input gives an empty array.
    """
    pvalues = np.asarray(pvalues, dtype=float)
    adjusted = np.full(pvalues.shape, np.nan)
    valid = ~np.isnan(pvalues)
    p = pvalues[valid]
    m = len(p)
    if m == 0:
        return adjusted
    order = np.argsort(p)
    scaled = p[order] * m / np.arange(1, m + 1)
    # a running minimum from the largest p-value down keeps the adjusted values monotone
    monotone = np.minimum.accumulate(scaled[::-1])[::-1]
    result = np.empty(m)
    result[order] = np.minimum(monotone, 1.0)
    adjusted[valid] = result
    return adjusted


adjusted = bh_adjust([0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205])
