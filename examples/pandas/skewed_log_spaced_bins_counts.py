# /// example
# task = """
# The positive, right-skewed sample `skewed` (a NumPy array) spans several orders of magnitude. \
# Count it in 6 logarithmically spaced bins: edges from its minimum to its maximum spaced evenly \
# on a log scale (`np.geomspace`), bins closed on the right with the minimum included. Store the \
# counts, one per bin in increasing order, in the Series `log_counts` (indexed by the bins), and \
# the 7 edges in `edges`."""
# prompt = """
# My `skewed` sample is positive with a long tail, so equal-width bins are useless. I'd like 6 \
# bins whose edges run from the minimum to the maximum evenly on a log scale (geometric spacing), \
# right-closed with the smallest value included, and the count per bin as `log_counts` (bins in \
# order) plus the 7 `edges`."""
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { skewed = 'skewed' }
# checks = [
#     'len(edges) == 7 and np.allclose(edges, np.geomspace(np.min(skewed), np.max(skewed), 7))',
#     'len(log_counts) == 6 and int(np.sum(log_counts)) == len(skewed)',
#     '(lambda e: list(np.asarray(log_counts, dtype=int)) == [int(((skewed > e[k]) & (skewed <= e[k + 1])).sum() + (k == 0) * (skewed == e[0]).sum()) for k in range(6)])(np.geomspace(np.min(skewed), np.max(skewed), 7))',
# ]
# difficulty = 'intermediate'
# tags = ['binning', 'counting']
# edge_cases = { constant = false, min_size = 2, why = "log-spaced edges from the minimum to the maximum need at least two different values" }
# ///
import numpy as np
import pandas as pd

edges = np.geomspace(skewed.min(), skewed.max(), 7)
# include_lowest closes the first bin at the minimum, which sits exactly on the lowest edge
bins = pd.cut(skewed, bins=edges, include_lowest=True)
log_counts = pd.Series(bins).value_counts(sort=False)
