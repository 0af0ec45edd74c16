# /// example
# task = '''
# Write a function `facet_scatter` with the signature and docstring below using seaborn's
# `FacetGrid` and `map_dataframe`, then draw `score` against `time` with one panel per `condition`
# of the long table `rm_long`, two panels per row, and keep the returned grid in `g`.
#
# ```python
# def facet_scatter(df, x, y, col, col_wrap=None):
#     """Scatter column `y` against column `x` of `df` in small multiples:
#     one panel per distinct value of `col`, panels in sorted order of those
#     values, each titled with the bare value (e.g. "low"), at most
#     `col_wrap` panels per row (None: all in one row). Rows with a missing
#     x or y are left out. Returns the seaborn FacetGrid.
#     """
# ```'''
# prompt = """
# I keep drawing small multiples by hand. Could you write `facet_scatter(df, x, y, col, \
# col_wrap=None)` with seaborn's `FacetGrid` and `map_dataframe`: scatter `y` against `x`, one \
# panel per distinct value of `col` in sorted order, each panel titled with just the value, at \
# most `col_wrap` panels per row (all in one row when None), skipping rows with a missing x or y, \
# and return the grid. Then use it on my `rm_long` table for `score` vs `time` by `condition`, \
# two panels per row, keeping the grid as `g`."""
# task_type = 'function'
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas', 'numpy']
# inputs = { rm_long = 'rm_long' }
# checks = [
#     # panels come in sorted order and each holds exactly its group's points
#     '(lambda df: (lambda grid: (lambda s: s.titles == ["a", "b", "c"] and all(np.allclose(sorted(map(tuple, np.concatenate(ax.scatter_xy))), sorted(map(tuple, df.loc[df["g"] == lvl, ["x", "y"]].to_numpy()))) for ax, lvl in zip(s.axes, ["a", "b", "c"], strict=True)))(figure_summary(grid.figure)))(facet_scatter(df, "x", "y", "g")))(pd.DataFrame({"x": [1.0, 2.0, 3.0, 4.0, 5.0, 6.0], "y": [2.0, 1.0, 5.0, 3.0, 7.0, 0.5], "g": ["b", "a", "b", "c", "a", "b"]}))',
#     # col_wrap=2 with three levels: two rows of panels
#     '(lambda grid: len(grid.figure.axes) == 3 and len({round(ax.get_position().y0, 3) for ax in grid.figure.axes}) == 2 and len({round(ax.get_position().x0, 3) for ax in grid.figure.axes}) == 2)(facet_scatter(pd.DataFrame({"t": [1, 2, 3], "v": [1.0, 2.0, 3.0], "k": ["x", "y", "z"]}), "t", "v", "k", col_wrap=2))',
#     # one level with a missing y: a single panel in one row, the NaN row left out
#     '(lambda grid: (lambda s: s.n_axes == 1 and s.titles == ["only"] and np.allclose(sorted(map(tuple, np.concatenate(s.axes[0].scatter_xy))), [[0.0, 4.0], [2.0, 1.0]]))(figure_summary(grid.figure)))(facet_scatter(pd.DataFrame({"a": [2.0, 1.0, 0.0], "b": [1.0, np.nan, 4.0], "c": ["only"] * 3}), "a", "b", "c"))',
#     '(lambda s, levels: s.titles == levels and all(len(np.concatenate(ax.scatter_xy)) == rm_long.loc[rm_long["condition"].astype(str) == lvl, ["time", "score"]].dropna().shape[0] for ax, lvl in zip(s.axes, levels, strict=True)))(figure_summary(g.figure), sorted(rm_long["condition"].dropna().astype(str).unique()))',
#     'len({round(ax.get_position().y0, 3) for ax in g.figure.axes}) == -(-rm_long["condition"].nunique() // 2)',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'facets', 'scatter-plot']
# edge_cases = true
# ///
import seaborn as sns


def facet_scatter(df, x, y, col, col_wrap=None):
    """Scatter column `y` against column `x` of `df` in small multiples:
    one panel per distinct value of `col`, panels in sorted order of those
    values, each titled with the bare value (e.g. "low"), at most
    `col_wrap` panels per row (None: all in one row). Rows with a missing
    x or y are left out. Returns the seaborn FacetGrid.
    """
    levels = sorted(df[col].dropna().unique())
    g = sns.FacetGrid(df, col=col, col_order=levels, col_wrap=col_wrap, height=2.5)
    # map_dataframe passes each panel's sub-table as data=, so columns are given by name
    g.map_dataframe(sns.scatterplot, x=x, y=y)
    g.set_titles("{col_name}")
    return g


g = facet_scatter(rm_long, "time", "score", "condition", col_wrap=2)
