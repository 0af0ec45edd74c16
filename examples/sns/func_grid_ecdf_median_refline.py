# /// example
# task = '''
# Write a function `ecdf_panels` with the signature and docstring below using seaborn's `displot`
# (`kind="ecdf"`), then apply it to `time` by `group` of the table
# `survival` and keep the returned grid in `g`. The reference lines are dashed (`--`).
#
# ```python
# def ecdf_panels(df, value, by):
#     """Empirical CDF of column `value` in one panel per level of column `by`
#     (seaborn displot, kind="ecdf"), with a dashed horizontal reference line
#     at a proportion of 0.5 in every panel (an empty one too) so the medians
#     can be read off.
#     Missing values are ignored. Raises KeyError naming the column when
#     `value` or `by` is not a column of `df`. Returns the grid.
#     """
# ```'''
# prompt = """
# Please write `ecdf_panels(df, value, by)`: ECDFs of `value` with seaborn's `displot` \
# (ecdf kind), one panel per level of `by`, plus a dashed (`--`) horizontal line at 0.5 in each panel, \
# even an empty one, to read medians off; skip missing values; raise a KeyError naming the \
# column if `value` or `by` is missing from `df`; return the grid. Apply it to `time` by \
# `group` in my `survival` table and keep the grid as `g`."""
# task_type = 'function'
# domain = 'visualization'
# libraries = ['seaborn', 'numpy', 'pandas']
# inputs = { survival = 'survival' }
# checks = [
#     # the step line reaches k/n at the k-th smallest value; the first point is the -inf start
#     '(lambda grid: all((lambda xy, v: np.allclose(xy[1:, 0], v) and np.allclose(xy[1:, 1], np.arange(1, v.size + 1) / v.size))([xy for xy in axes_summary(ax).lines_xy if len(xy) > 2][0], np.sort(vals)) for ax, vals in zip(grid.axes.flat, [np.array([1.0, 2.0, 4.0]), np.array([0.5, 3.0, 3.5, 9.0])])))(ecdf_panels(pd.DataFrame({"v": [2.0, 0.5, 1.0, 9.0, 3.0, np.nan, 4.0, 3.5], "k": ["a", "b", "a", "b", "b", "a", "a", "b"]}), "v", "k"))',
#     '(lambda grid: all(any(line.get_linestyle() == "--" and np.allclose(line.get_ydata(), 0.5) for line in ax.lines) for ax in grid.axes.flat) and grid.axes.size == 1)(ecdf_panels(pd.DataFrame({"x": [3.0, 1.0, 2.0], "grp": [1, 1, 1]}), "x", "grp"))',
#     # an unused category still gets its (empty) panel with the reference line
#     '(lambda grid: grid.axes.size == 2 and all(any(line.get_linestyle() == "--" and np.allclose(line.get_ydata(), 0.5) for line in ax.lines) for ax in grid.axes.flat))(ecdf_panels(pd.DataFrame({"x": [1.0, 2.0], "k": pd.Categorical(["a", "a"], categories=["a", "b"])}), "x", "k"))',
#     '__import__("unittest").TestCase().assertRaisesRegex(KeyError, "wrong", ecdf_panels, pd.DataFrame({"v": [1.0], "k": ["a"]}), "wrong", "k") is None and __import__("unittest").TestCase().assertRaisesRegex(KeyError, "kk", ecdf_panels, pd.DataFrame({"v": [1.0], "k": ["a"]}), "v", "kk") is None',
#     'all((lambda v, xy: np.allclose(xy[1:, 0], v) and np.isclose(xy[-1, 1], 1))(np.sort(survival.loc[survival["group"] == grp, "time"].to_numpy()), [xy for xy in axes_summary(ax).lines_xy if len(xy) > 2 or not np.allclose(xy[:, 1], 0.5)][0]) for grp, ax in g.axes_dict.items() if (survival["group"] == grp).any())',
#     'all(any(line.get_linestyle() == "--" and np.allclose(line.get_ydata(), 0.5) for line in ax.lines) for ax in g.axes.flat)',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'ecdf', 'facets', 'validation']
# edge_cases = true
# ///
import seaborn as sns


def ecdf_panels(df, value, by):
    """Empirical CDF of column `value` in one panel per level of column `by`
    (seaborn displot, kind="ecdf"), with a dashed horizontal reference line
    at a proportion of 0.5 in every panel (an empty one too) so the medians
    can be read off.
    Missing values are ignored. Raises KeyError naming the column when
    `value` or `by` is not a column of `df`. Returns the grid.
    """
    for column in (value, by):
        if column not in df.columns:
            raise KeyError(f"column {column!r} not in the table")
    grid = sns.displot(data=df.dropna(subset=[value]), x=value, col=by, kind="ecdf", height=2)
    # loop over all panels: FacetGrid.refline skips panels without data
    for ax in grid.axes.flat:
        ax.axhline(0.5, linestyle="--", color="grey")
    return grid


g = ecdf_panels(survival, "time", "group")
