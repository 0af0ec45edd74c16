# /// example
# task = '''
# Write a function `clustered_rows` with the signature and docstring below using seaborn's
# `clustermap`, then apply it to the 12 genes of the count table `expression` with the largest
# variance of `log2(count + 1)` and keep the returned label list in `order`.
#
# ```python
# def clustered_rows(df, method="average"):
#     """Draw `df` as a seaborn clustermap with each row z-scored across the
#     columns (z_score=0), rows clustered with `method` linkage on Euclidean
#     distance and columns left in their order, and return the row labels in
#     the order the heatmap shows them, top to bottom. Rows with no spread
#     cannot be z-scored and are left out first. Raises ValueError when fewer
#     than two rows remain.
#     """
# ```'''
# prompt = """
# I'd like `clustered_rows(df, method="average")`: draw `df` with seaborn's `clustermap`, \
# z-scoring every row (`z_score=0`), clustering the rows by `method` linkage (Euclidean) and \
# leaving the columns alone, and return the row labels top to bottom as shown. Flat rows (no \
# spread) should be dropped before, and a ValueError raised if fewer than two rows are left. \
# Apply it to the 12 most variable genes (variance of log2(count + 1)) of my `expression` table \
# and keep the labels in `order`."""
# task_type = 'function'
# domain = 'visualization'
# libraries = ['seaborn', 'scipy', 'numpy', 'pandas']
# inputs = { expression = 'expression' }
# checks = [
#     # rows with the same shape but different levels end up together once z-scored
#     '(lambda order: {frozenset(order[:2]), frozenset(order[2:])} == {frozenset({"a", "c"}), frozenset({"b", "d"})})(clustered_rows(pd.DataFrame({"x": [1.0, 30.0, 100.0, 20.0], "y": [2.0, 10.0, 200.0, 40.0], "z": [3.0, 20.0, 300.0, 30.0]}, index=["a", "b", "c", "d"])))',
#     # the flat row is left out; single linkage on z-scored rows as scipy computes it
#     '(lambda df: (lambda kept: clustered_rows(df, method="single") == [kept.index[i] for i in scipy.cluster.hierarchy.leaves_list(scipy.cluster.hierarchy.linkage(scipy.stats.zscore(kept.to_numpy(), axis=1, ddof=1), method="single", metric="euclidean"))])(df.drop(index="flat")))(pd.DataFrame({"p": [1.0, 5.0, 5.0, 2.0, 0.0], "q": [2.0, 4.0, 5.0, 9.0, 1.0], "r": [4.0, 1.0, 5.0, 3.0, 1.5]}, index=["g1", "g2", "flat", "g3", "g4"]))',
#     # r1 and r2 differ only in level, so after z-scoring they are identical and adjacent
#     '(lambda o: sorted(o) == ["r1", "r2", "r3"] and abs(o.index("r1") - o.index("r2")) == 1)(clustered_rows(pd.DataFrame({"a": [1.0, 3.0, 10.0], "b": [2.0, 2.5, 20.0], "c": [3.0, 1.0, 30.0]}, index=["r1", "r3", "r2"]), method="complete"))',
#     '__import__("unittest").TestCase().assertRaises(ValueError, clustered_rows, pd.DataFrame({"p": [1.0, 3.0], "q": [1.0, 4.0]}, index=["same", "up"])) is None',
#     '(lambda logged: (lambda top: order == [top.index[i] for i in scipy.cluster.hierarchy.leaves_list(scipy.cluster.hierarchy.linkage(((top.T - top.T.mean()) / top.T.std()).T.to_numpy(), method="average", metric="euclidean"))])(logged.loc[logged.var(axis=1).nlargest(12).index].loc[lambda d: d.std(axis=1) > 0]))(np.log2(expression + 1))',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'clustering', 'standardization', 'validation']
# edge_cases = { index = false, extra_columns = false, raises = "ValueError", why = "genes have unique names and the table holds only the six sample columns; when fewer than two of the selected genes vary the function promises a ValueError" }
# ///
import numpy as np
import seaborn as sns


def clustered_rows(df, method="average"):
    """Draw `df` as a seaborn clustermap with each row z-scored across the
    columns (z_score=0), rows clustered with `method` linkage on Euclidean
    distance and columns left in their order, and return the row labels in
    the order the heatmap shows them, top to bottom. Rows with no spread
    cannot be z-scored and are left out first. Raises ValueError when fewer
    than two rows remain.
    """
    varying = df[df.std(axis=1) > 0]
    if len(varying) < 2:
        raise ValueError("need at least two rows that vary to cluster")
    grid = sns.clustermap(
        varying, z_score=0, method=method, metric="euclidean", col_cluster=False, figsize=(4, 4)
    )
    # reordered_ind lists the rows' positions in the dendrogram's leaf order
    return [varying.index[i] for i in grid.dendrogram_row.reordered_ind]


logged = np.log2(expression + 1)
order = clustered_rows(logged.loc[logged.var(axis=1).nlargest(12).index])
