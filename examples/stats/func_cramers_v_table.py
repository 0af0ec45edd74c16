# /// example
# task = '''
# Write a function `cramers_v` with the signature and docstring below. Apply it to the contingency
# table `table` and store the result in `strength`.
#
# ```python
# def cramers_v(table):
#     """Cramér's V of a two-way table of counts, without continuity correction:
#     sqrt(chi2 / (n * (min(rows, cols) - 1))).
#
#     Rows and columns whose total is 0 are dropped first. Returns a float in
#     [0, 1]; 0.0 when fewer than 2 rows or 2 columns remain.
#     """
# ```'''
# prompt = """
# A chi-square p-value doesn't tell me how strong an association is, so I'd like \
# `cramers_v(table)` for a two-way table of counts: Cramér's V without the Yates correction, \
# after dropping rows and columns that sum to zero, and `0.0` when fewer than 2 rows or columns \
# are left. Apply it to my contingency table `table` and keep the value in `strength`."""
# task_type = 'function'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { table = 'table' }
# checks = [
#     'np.isclose(cramers_v([[10, 0], [0, 10]]), 1.0) and np.isclose(cramers_v([[10, 10], [20, 20]]), 0.0)',
#     # 2 x 2 tables: no Yates correction, so V is |phi|
#     'np.isclose(cramers_v([[12, 5], [3, 9]]), abs(12 * 9 - 5 * 3) / np.sqrt(17 * 12 * 15 * 14))',
#     # the empty row and column are dropped before the table is analysed
#     'np.isclose(cramers_v([[5, 0, 3], [0, 0, 0], [2, 0, 4]]), abs(5 * 4 - 3 * 2) / np.sqrt(8 * 6 * 7 * 7))',
#     'cramers_v([[4, 0], [7, 0]]) == 0.0 and cramers_v([[1, 2, 3]]) == 0.0',
#     'np.isclose(strength, np.sqrt(scipy.stats.chi2_contingency(table, correction=False)[0] / (np.sum(table) * (min(np.shape(table)) - 1))))',
#     '0.0 <= strength <= 1.0',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'contingency-table', 'effect-size', 'correlation']
# edge_cases = true
# ///
import numpy as np
from scipy.stats.contingency import association


def cramers_v(table):
    """Cramér's V of a two-way table of counts, without continuity correction:
    sqrt(chi2 / (n * (min(rows, cols) - 1))).

    Rows and columns whose total is 0 are dropped first. Returns a float in
    [0, 1]; 0.0 when fewer than 2 rows or 2 columns remain.
    """
    table = np.asarray(table)
    table = table[table.sum(axis=1) > 0][:, table.sum(axis=0) > 0]
    if min(table.shape) < 2:
        return 0.0
    # correction=False: Cramér's V is defined on the plain Pearson chi-square
    return float(association(table, method="cramer", correction=False))


strength = cramers_v(table)
