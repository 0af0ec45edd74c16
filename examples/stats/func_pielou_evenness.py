# /// example
# task = '''
# Write the function `pielou_evenness` below with `scipy.stats.entropy` and apply it to the
# counts in the first row of the contingency table `table`, storing the result in
# `row_evenness`; store the message raised by `pielou_evenness([0, 0])` in `total_error`.
#
# ```python
# def pielou_evenness(counts):
#     """Pielou's evenness J = H / ln(S) of category counts.
#
#     H is the Shannon entropy (natural log) of the relative frequencies and
#     S the number of categories with a positive count. Returns 1.0 when
#     S == 1. Raises
#     ValueError("counts must be non-negative with a positive total")
#     otherwise.
#     """
# ```'''
# prompt = """
# Ecologists measure how evenly individuals spread over species with Pielou's J = H / ln(S): H \
# the Shannon entropy (natural log) of the proportions, S the number of species actually \
# present. Write `pielou_evenness(counts)` using scipy's entropy; a single present species \
# gives 1.0, and negative counts or a zero total raise `ValueError("counts must be non-negative \
# with a positive total")`. Apply it to the first row of my count `table` (`row_evenness`) and \
# keep the message for `pielou_evenness([0, 0])` in `total_error`."""
# task_type = 'function'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { table = 'table' }
# checks = [
#     'np.isclose(row_evenness, -np.sum(table[0] / table[0].sum() * np.log(table[0] / table[0].sum())) / np.log(np.count_nonzero(table[0])))',
#     'np.isclose(pielou_evenness([10, 10, 10, 10]), 1.0)',
#     # zero counts are absent species: they neither add entropy nor count in S
#     'np.isclose(pielou_evenness([30, 10, 0]), -(0.75 * np.log(0.75) + 0.25 * np.log(0.25)) / np.log(2))',
#     'pielou_evenness([0, 7, 0]) == 1.0',
#     'total_error == "counts must be non-negative with a positive total"',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'descriptive-statistics', 'counting', 'validation']
# edge_cases = true
# ///
import numpy as np
from scipy import stats


def pielou_evenness(counts):
    """Pielou's evenness J = H / ln(S) of category counts.

    H is the Shannon entropy (natural log) of the relative frequencies and
    S the number of categories with a positive count. Returns 1.0 when
    S == 1. Raises
    ValueError("counts must be non-negative with a positive total")
    otherwise.
    """
    counts = np.asarray(counts, dtype=float)
    if np.any(counts < 0) or counts.sum() <= 0:
        raise ValueError("counts must be non-negative with a positive total")
    present = np.count_nonzero(counts)
    if present == 1:
        return 1.0
    # entropy normalises the counts to proportions; 0 * log(0) is taken as 0
    return stats.entropy(counts) / np.log(present)


row_evenness = pielou_evenness(table[0])

try:
    pielou_evenness([0, 0])
except ValueError as error:
    total_error = str(error)
