# /// example
# task = """
# Build the small matrix below as the DataFrame `scores` (rows are samples S1-S5, columns \
# markers m1-m3) and draw it with seaborn's `clustermap`, clustering the rows only (average \
# linkage, Euclidean distance) and keeping the markers in column order. Store the row labels in \
# the order the clustered heatmap shows them, top to bottom, in `row_order` and keep the grid in \
# `g`.
#
# ```text
#      m1    m2    m3
# S1  1.0   2.0   1.0
# S2  9.0   8.0   9.5
# S3  1.2   2.1   0.8
# S4  8.8   8.3   9.0
# S5  6.5   6.5   6.5
# ```
#
# Wanted: S1 and S3 next to each other, S2 and S4 next to each other, S5 joining the S2/S4 pair:
#
# ```text
# row_order as a set of neighbours: {S1, S3} | {S5} | {S2, S4}
# ```"""
# prompt = """
# Here's a tiny table of marker scores; please load it as `scores` and show it as a seaborn \
# `clustermap` with only the rows clustered (average linkage, Euclidean), markers left in \
# order, grid in `g`, and give me the row labels top to bottom as they appear in `row_order`.
#
# ```text
#      m1    m2    m3
# S1  1.0   2.0   1.0
# S2  9.0   8.0   9.5
# S3  1.2   2.1   0.8
# S4  8.8   8.3   9.0
# S5  6.5   6.5   6.5
# ```
#
# I expect S1/S3 side by side, S2/S4 side by side, and S5 joining the S2/S4 pair:
#
# ```text
# row_order as a set of neighbours: {S1, S3} | {S5} | {S2, S4}
# ```"""
# task_type = 'input-output'
# domain = 'visualization'
# libraries = ['seaborn', 'pandas', 'scipy']
# inputs = {}
# checks = [
#     # S1/S3 adjacent, S2/S4 adjacent, S5 next to one of S2/S4 (the dendrogram may flip branches)
#     '(lambda pos: abs(pos["S1"] - pos["S3"]) == 1 and abs(pos["S2"] - pos["S4"]) == 1 and min(abs(pos["S5"] - pos["S2"]), abs(pos["S5"] - pos["S4"])) == 1 and set(pos) == {"S1", "S2", "S3", "S4", "S5"})({label: i for i, label in enumerate(row_order)})',
#     'list(row_order) == [t.get_text() for t in g.ax_heatmap.get_yticklabels()]',
#     'list(row_order) == [scores.index[i] for i in scipy.cluster.hierarchy.leaves_list(scipy.cluster.hierarchy.linkage(scores.to_numpy(), method="average", metric="euclidean"))]',
#     '[t.get_text() for t in g.ax_heatmap.get_xticklabels()] == ["m1", "m2", "m3"]',
# ]
# difficulty = 'intermediate'
# tags = ['clustering', 'sorting']
# ///
import pandas as pd
import seaborn as sns

scores = pd.DataFrame(
    [[1.0, 2.0, 1.0], [9.0, 8.0, 9.5], [1.2, 2.1, 0.8], [8.8, 8.3, 9.0], [6.5, 6.5, 6.5]],
    index=["S1", "S2", "S3", "S4", "S5"],
    columns=["m1", "m2", "m3"],
)
g = sns.clustermap(scores, method="average", metric="euclidean", col_cluster=False, figsize=(4, 4))
# reordered_ind gives the rows' positions in the order the dendrogram draws them
row_order = [scores.index[i] for i in g.dendrogram_row.reordered_ind]
