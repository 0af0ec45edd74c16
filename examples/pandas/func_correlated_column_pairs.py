# /// example
# task = '''
# Write a function `correlated_pairs` with the signature and docstring below, then list the pairs
# of columns of `measurements` whose absolute Pearson correlation is at least 0.3, storing the
# result in `strong_pairs`.
#
# ```python
# def correlated_pairs(df, threshold, method="pearson"):
#     """Pairs of numeric columns whose |correlation| is at least `threshold`.
#
#     Non-numeric columns are ignored, each unordered pair appears once with
#     `a` the column that comes first in df, and pairs whose correlation is
#     undefined (a constant column) are left out. Returns a DataFrame with the
#     columns "a", "b" and "r" (the signed correlation), sorted by |r|
#     descending with ties kept in column order, and a fresh RangeIndex.
#     """
# ```'''
# prompt = """
# Before modelling I screen for redundant features. Please write \
# `correlated_pairs(df, threshold, method="pearson")` returning every pair of numeric columns \
# whose absolute correlation is at least `threshold`, ignoring non-numeric columns and pairs with \
# an undefined correlation (constant columns). Each pair appears once as columns `"a"` (the one \
# that comes first in df), `"b"` and `"r"` (signed correlation), sorted by |r| from strongest to \
# weakest (ties in column order), with a 0..n-1 index. Then screen my `measurements` table with \
# threshold 0.3 into `strong_pairs`."""
# task_type = 'function'
# domain = 'statistics'
# libraries = ['pandas', 'numpy']
# inputs = { measurements = 'measurements' }
# checks = [
#     'correlated_pairs(pd.DataFrame({"x": [1.0, 2.0, 3.0, 4.0], "y": [2.0, 4.0, 6.0, 8.1], "z": [4.0, 3.0, 2.0, 1.0], "w": [1.0, 1.0, 1.0, 1.0], "s": list("abcd")}), 0.99)[["a", "b"]].to_numpy().tolist() == [["x", "z"], ["x", "y"], ["y", "z"]]',
#     'np.allclose(correlated_pairs(pd.DataFrame({"x": [1.0, 2.0, 3.0, 4.0], "y": [2.0, 4.0, 6.0, 8.1], "z": [4.0, 3.0, 2.0, 1.0]}), 0.99)["r"], [-1.0, np.corrcoef([1, 2, 3, 4], [2, 4, 6, 8.1])[0, 1], -np.corrcoef([1, 2, 3, 4], [2, 4, 6, 8.1])[0, 1]])',
#     'correlated_pairs(pd.DataFrame({"u": [1, 2, 3, 4, 5], "v": [5, 6, 7, 8, 7]}), 0.95).empty and list(correlated_pairs(pd.DataFrame({"u": [1, 2, 3, 4, 5], "v": [5, 6, 7, 8, 7]}), 0.95).columns) == ["a", "b", "r"]',
#     'len(correlated_pairs(pd.DataFrame({"p": [1, 2, 3, 4], "q": [1, 3, 2, 4]}), 0.5, method="spearman")) == 1 and np.isclose(correlated_pairs(pd.DataFrame({"p": [1, 2, 3, 4], "q": [1, 3, 2, 4]}), 0.5, method="spearman")["r"].iloc[0], scipy.stats.spearmanr([1, 2, 3, 4], [1, 3, 2, 4])[0])',
#     'list(strong_pairs.columns) == ["a", "b", "r"] and strong_pairs.index.equals(pd.RangeIndex(len(strong_pairs))) and (strong_pairs["r"].abs().diff().dropna() <= 1e-12).all()',
#     'sorted(zip(strong_pairs["a"], strong_pairs["b"])) == sorted((a, b) for i, a in enumerate(measurements.columns) for b in measurements.columns[i + 1 :] if np.ptp(measurements[a]) > 0 and np.ptp(measurements[b]) > 0 and abs(np.corrcoef(measurements[a], measurements[b])[0, 1]) >= 0.3)',
#     'all(np.isclose(r, np.corrcoef(measurements[a], measurements[b])[0, 1]) for a, b, r in strong_pairs.itertuples(index=False))',
#     # at least the threshold: a correlation of exactly 1.0 (two rows) is kept at threshold 1.0
#     'correlated_pairs(pd.DataFrame({"p": [0.0, 1.0], "q": [0.0, 2.0]}), 1.0)[["a", "b"]].to_numpy().tolist() == [["p", "q"]]',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'correlation', 'column-wise', 'sorting']
# edge_cases = true
# ///
import numpy as np


def correlated_pairs(df, threshold, method="pearson"):
    """Pairs of numeric columns whose |correlation| is at least `threshold`.

    Non-numeric columns are ignored, each unordered pair appears once with
    `a` the column that comes first in df, and pairs whose correlation is
    undefined (a constant column) are left out. Returns a DataFrame with the
    columns "a", "b" and "r" (the signed correlation), sorted by |r|
    descending with ties kept in column order, and a fresh RangeIndex.
    """
    corr = df.select_dtypes("number").corr(method=method)
    # the strict upper triangle holds each unordered pair once, first column as `a`
    upper = np.triu(np.ones(corr.shape, dtype=bool), k=1)
    pairs = corr.where(upper).stack().rename_axis(["a", "b"]).rename("r").reset_index()
    pairs = pairs[pairs["r"].abs() >= threshold]
    order = np.argsort(-pairs["r"].abs().to_numpy(), kind="stable")
    return pairs.iloc[order].reset_index(drop=True)


strong_pairs = correlated_pairs(measurements, 0.3)
