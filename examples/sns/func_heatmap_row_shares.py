# /// example
# task = '''
# Write a function `row_share_heatmap` with the signature and docstring below, then apply it to \
# the survey `likert` with `row="group"` and `col="q1"` on the Axes of a new figure `fig`, and \
# store the table it returns in `q1_shares`.
#
# ```python
# def row_share_heatmap(df, row, col, ax):
#     """Cross-tabulate columns `row` and `col` of `df`, divide each row by its
#     total (so every row sums to 1), and draw the table on `ax` as a seaborn
#     heatmap with each cell written as a whole percentage (e.g. "25%") and the
#     colour scale fixed to 0..1. Returns the table of shares (rows: levels of
#     `row`, columns: levels of `col`).
#     Raises KeyError naming the first of `row`, `col` that is not a column.
#     """
# ```'''
# prompt = '''
# I need `row_share_heatmap(df, row, col, ax)`: crosstab two columns, normalise each row to sum to 1,
# draw it as a seaborn heatmap with the cells annotated as whole percents like "25%" and the colour
# range fixed at 0 to 1, and return the share table; if `row` or `col` isn't a column, raise a
# KeyError naming it. Then use it on my `likert` survey with `row="group"`, `col="q1"` in a new
# figure `fig` and keep the table in `q1_shares`.'''
# task_type = 'function'
# domain = 'visualization'
# libraries = ['seaborn', 'pandas', 'matplotlib']
# inputs = { likert = 'likert' }
# checks = [
#     '(lambda ax, df: (lambda t: np.allclose(np.asarray(t, dtype=float), [[2 / 3, 1 / 3], [0.0, 1.0]]) and sorted(axes_summary(ax).texts) == sorted(["67%", "33%", "0%", "100%"]) and np.allclose(axes_summary(ax).color_limits[0], (0, 1)))(row_share_heatmap(df, "g", "k", ax)))(matplotlib.pyplot.subplots()[1], pd.DataFrame({"g": ["a", "a", "a", "b"], "k": ["x", "x", "y", "y"]}))',
#     # a single row: all its cases in one column give one 100% cell per column present
#     '(lambda ax: np.allclose(np.asarray(row_share_heatmap(pd.DataFrame({"g": ["a", "a"], "k": [1, 2]}), "g", "k", ax), dtype=float), [[0.5, 0.5]]) and sorted(axes_summary(ax).texts) == ["50%", "50%"])(matplotlib.pyplot.subplots()[1])',
#     '(lambda ax: np.allclose(row_share_heatmap(pd.DataFrame({"g": ["a", "b", "b", "b", "b"], "k": [1, 1, 1, 1, 2]}), "g", "k", ax).sum(axis=1), 1))(matplotlib.pyplot.subplots()[1])',
#     '__import__("unittest").TestCase().assertRaisesRegex(KeyError, "kk", row_share_heatmap, pd.DataFrame({"g": ["a"], "k": [1]}), "g", "kk", matplotlib.pyplot.subplots()[1]) is None',
#     # both missing: the error names `row`, the first one checked
#     '__import__("unittest").TestCase().assertRaisesRegex(KeyError, "gg", row_share_heatmap, pd.DataFrame({"g": ["a"], "k": [1]}), "gg", "kk", matplotlib.pyplot.subplots()[1]) is None',
#     # answers nobody gave may stay in the table as columns of zeros
#     '(lambda want: set(q1_shares.index) == set(want.index) and set(want.columns) <= set(q1_shares.columns) and np.allclose(q1_shares.reindex(index=want.index, columns=want.columns).to_numpy(dtype=float), want.to_numpy()) and np.allclose(q1_shares.drop(columns=want.columns).to_numpy(dtype=float), 0))(pd.crosstab(likert["group"], likert["q1"], normalize="index"))',
#     'np.allclose(figure_summary(fig).axes[0].mesh_arrays[0], np.asarray(q1_shares, dtype=float).ravel())',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'heatmap', 'contingency-table', 'validation']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns


def row_share_heatmap(df, row, col, ax):
    """Cross-tabulate columns `row` and `col` of `df`, divide each row by its
    total (so every row sums to 1), and draw the table on `ax` as a seaborn
    heatmap with each cell written as a whole percentage (e.g. "25%") and the
    colour scale fixed to 0..1. Returns the table of shares (rows: levels of
    `row`, columns: levels of `col`).
    Raises KeyError naming the first of `row`, `col` that is not a column.
    """
    for name in (row, col):
        if name not in df.columns:
            raise KeyError(f"no column {name!r}")
    shares = pd.crosstab(df[row], df[col], normalize="index")
    # fmt=".0%" writes 0.25 as "25%"
    sns.heatmap(shares, annot=True, fmt=".0%", vmin=0, vmax=1, cmap="Blues", ax=ax)
    return shares


fig, ax = plt.subplots(figsize=(5, 3))
q1_shares = row_share_heatmap(likert, "group", "q1", ax)
ax.set(title="Answers to q1 within each group")
