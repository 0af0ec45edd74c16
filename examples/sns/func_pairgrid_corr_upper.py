# /// example
# task = '''
# Write a function `pair_grid_with_corr` with the signature and docstring below, then call it on
# the columns `temperature`, `pressure` and `humidity` of the table `measurements` with Spearman
# correlation, keeping the returned grid in `grid`.
#
# ```python
# def pair_grid_with_corr(df, columns, method="pearson"):
#     """Draw a seaborn PairGrid of `columns` of `df`: scatter plots below the
#     diagonal, histograms on the diagonal, and in each panel above the
#     diagonal only the text "r = 0.12" (two decimals), the correlation of
#     that panel's pair by `method` ("pearson" or "spearman") over the rows
#     where both values are present. Returns the grid.
#     """
# ```'''
# prompt = '''
# I'd like a helper `pair_grid_with_corr(df, columns, method="pearson")` that makes a seaborn
# PairGrid of the given columns with scatter plots in the lower triangle, histograms on the
# diagonal, and in each upper-triangle panel just the pair's correlation written as "r = 0.12"
# (two decimals; "pearson" or "spearman", using the rows where both values exist), returning the
# grid. Then run it on `temperature`, `pressure` and `humidity` from my `measurements` table with
# Spearman correlation and keep the grid in `grid`.'''
# task_type = 'function'
# domain = 'visualization'
# libraries = ['seaborn', 'pandas', 'matplotlib']
# inputs = { measurements = 'measurements' }
# checks = [
#     # y = x**3 is monotone: Spearman gives exactly 1.00 where Pearson does not
#     '(lambda df: (lambda g: axes_summary(g.axes[0, 1]).texts == ["r = 1.00"] and axes_summary(g.axes[0, 2]).texts == ["r = {:.2f}".format(df.a.corr(df.c, method="spearman"))] and axes_summary(g.axes[1, 2]).texts == ["r = {:.2f}".format(df.b.corr(df.c, method="spearman"))])(pair_grid_with_corr(df, ["a", "b", "c"], method="spearman")))(pd.DataFrame({"a": [1.0, 2.0, 3.0, 4.0, 5.0, 6.0], "b": [1.0, 8.0, 27.0, 64.0, 125.0, 216.0], "c": [3.0, 1.0, 4.0, 1.5, 5.0, 9.0]}))',
#     '(lambda df: (lambda g: axes_summary(g.axes[0, 1]).texts == ["r = {:.2f}".format(df.a.corr(df.b))] and axes_summary(g.axes[0, 1]).texts != ["r = 1.00"] and np.allclose(axes_summary(g.axes[1, 0]).scatter_xy[0], df[["a", "b"]].to_numpy()) and len(axes_summary(g.axes[1, 0]).texts) == 0)(pair_grid_with_corr(df, ["a", "b"])))(pd.DataFrame({"a": [1.0, 2.0, 3.0, 4.0, 5.0, 6.0], "b": [1.0, 8.0, 27.0, 64.0, 125.0, 216.0]}))',
#     # a missing value drops only that row from the pair
#     '(lambda df: axes_summary(pair_grid_with_corr(df, ["b", "a"], method="pearson").axes[0, 1]).texts == ["r = {:.2f}".format(np.corrcoef([1.0, 2.0, 4.0, 5.0], [2.0, 1.0, 5.0, 4.0])[0, 1])])(pd.DataFrame({"a": [1.0, 2.0, 3.0, 4.0, 5.0], "b": [2.0, 1.0, np.nan, 5.0, 4.0]}))',
#     '(lambda cols: all(axes_summary(grid.axes[i, j]).texts == ["r = {:.2f}".format(measurements[cols[i]].corr(measurements[cols[j]], method="spearman"))] for i in range(3) for j in range(i + 1, 3)))(["temperature", "pressure", "humidity"])',
#     'len(grid.diag_axes[1].patches) > 0 and len(grid.axes[2, 0].collections) > 0',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'correlation', 'annotation', 'subplots']
# edge_cases = { constant = false, why = "a correlation needs columns that vary" }
# ///
import seaborn as sns


def pair_grid_with_corr(df, columns, method="pearson"):
    """Draw a seaborn PairGrid of `columns` of `df`: scatter plots below the
    diagonal, histograms on the diagonal, and in each panel above the
    diagonal only the text "r = 0.12" (two decimals), the correlation of
    that panel's pair by `method` ("pearson" or "spearman") over the rows
    where both values are present. Returns the grid.
    """
    grid = sns.PairGrid(df, vars=columns)
    grid.map_lower(sns.scatterplot)
    grid.map_diag(sns.histplot)
    # DataFrame.corr uses the pairwise complete rows of each pair of columns
    corr = df[columns].corr(method=method)
    for i in range(len(columns)):
        for j in range(i + 1, len(columns)):
            ax = grid.axes[i, j]
            ax.text(0.5, 0.5, f"r = {corr.iloc[i, j]:.2f}", transform=ax.transAxes, ha="center")
    return grid


grid = pair_grid_with_corr(measurements, ["temperature", "pressure", "humidity"], method="spearman")
