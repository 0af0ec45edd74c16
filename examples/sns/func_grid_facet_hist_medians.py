# /// example
# task = '''
# Write a function `facet_hist_medians` with the signature and docstring below using seaborn's
# `FacetGrid`, then apply it to `score` by `condition` of the long table `rm_long` with 8 bins and
# keep the returned grid in `g`.
#
# ```python
# def facet_hist_medians(df, value, by, bins=10):
#     """One histogram panel of column `value` per level of column `by`: panels
#     in sorted order of the levels, each titled with the bare level, at most
#     two panels per row, `bins` equal-width bins spanning that panel's own
#     values, and a dashed vertical line at that level's median. Rows with a
#     missing `value` are ignored. Raises ValueError when `by` has more than
#     4 levels. Returns the FacetGrid.
#     """
# ```'''
# prompt = """
# I often need per-group histograms with the median marked. Please write \
# `facet_hist_medians(df, value, by, bins=10)` with seaborn's `FacetGrid`: one panel per level of \
# `by` in sorted order, titled with just the level, two panels per row at most, `bins` bins over \
# each panel's own values, a dashed vertical line at the group median, missing values skipped, \
# and a ValueError if `by` has more than 4 levels (too many panels). Return the grid. Then run it \
# on my `rm_long` table for `score` by `condition` with 8 bins and keep the grid as `g`."""
# task_type = 'function'
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas', 'numpy']
# inputs = { rm_long = 'rm_long' }
# checks = [
#     # three levels, skewed values so that mean and median differ; a missing value is skipped
#     '(lambda df: (lambda grid: [ax.get_title() for ax in grid.axes.flat] == ["a", "b", "c"] and all(np.array_equal(np.concatenate(axes_summary(ax).bar_heights), np.histogram(df.loc[df["k"] == lvl, "v"].dropna(), bins=4)[0]) and any(np.allclose(xy[:, 0], df.loc[df["k"] == lvl, "v"].median()) and line.get_linestyle() == "--" for xy, line in zip(axes_summary(ax).lines_xy, ax.lines)) for lvl, ax in grid.axes_dict.items()))(facet_hist_medians(df, "v", "k", bins=4)))(pd.DataFrame({"v": [1.0, 2.0, 9.0, 3.0, 3.5, 20.0, 0.5, np.nan, 4.0, 5.0, 6.0, 30.0], "k": ["b", "b", "b", "a", "a", "a", "a", "c", "c", "c", "c", "c"]}))',
#     # three panels wrap onto two rows; 10 bins by default
#     '(lambda grid: len({round(ax.get_position().y0, 3) for ax in grid.axes.flat}) == 2 and all(len(np.concatenate(axes_summary(ax).bar_heights)) == 10 for ax in grid.axes.flat))(facet_hist_medians(pd.DataFrame({"v": [1.0, 2.0, 3.0, 4.0, 5.0, 6.0], "k": [3, 1, 2, 3, 1, 2]}), "v", "k"))',
#     # a single level: one panel, bins over its own range
#     '(lambda grid: grid.axes.size == 1 and np.array_equal(np.concatenate(axes_summary(grid.axes.flat[0]).bar_heights), [2, 0, 1]))(facet_hist_medians(pd.DataFrame({"v": [10.0, 10.5, 13.0], "k": ["x", "x", "x"]}), "v", "k", bins=3))',
#     # five levels are refused
#     '__import__("unittest").TestCase().assertRaises(ValueError, facet_hist_medians, pd.DataFrame({"v": np.arange(5.0), "k": list("abcde")}), "v", "k") is None',
#     '[ax.get_title() for ax in g.axes.flat] == sorted(rm_long["condition"].astype(str).unique()) and all(np.array_equal(np.concatenate(axes_summary(ax).bar_heights), np.histogram(rm_long.loc[rm_long["condition"] == lvl, "score"], bins=8)[0]) for lvl, ax in g.axes_dict.items())',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'facets', 'histogram', 'validation']
# edge_cases = true
# ///
import seaborn as sns


def facet_hist_medians(df, value, by, bins=10):
    """One histogram panel of column `value` per level of column `by`: panels
    in sorted order of the levels, each titled with the bare level, at most
    two panels per row, `bins` equal-width bins spanning that panel's own
    values, and a dashed vertical line at that level's median. Rows with a
    missing `value` are ignored. Raises ValueError when `by` has more than
    4 levels. Returns the FacetGrid.
    """
    levels = sorted(df[by].dropna().unique())
    if len(levels) > 4:
        raise ValueError(f"{by!r} has {len(levels)} levels; at most 4 panels are drawn")
    data = df.dropna(subset=[value])
    grid = sns.FacetGrid(data, col=by, col_order=levels, col_wrap=2, height=2)
    # map_dataframe passes each panel's subset as data=, so histplot can take column names
    grid.map_dataframe(sns.histplot, x=value, bins=bins)
    for level, ax in grid.axes_dict.items():
        ax.axvline(data.loc[data[by] == level, value].median(), color="k", linestyle="--")
    grid.set_titles("{col_name}")
    return grid


g = facet_hist_medians(rm_long, "score", "condition", bins=8)
