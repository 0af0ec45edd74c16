# /// example
# task = '''
# Write a function `fit_lines_by_group` with the signature and docstring below, then draw `score`
# against `time` for each `condition` of the long table `rm_long` with it; keep the returned grid
# in `grid`.
#
# ```python
# def fit_lines_by_group(df, x, y, group, col_wrap=3):
#     """Draw one panel per level of column `group` that occurs in df, the
#     levels sorted by value (alphabetically for text, also in a categorical
#     column, whatever its category order), with seaborn `lmplot` (col=group,
#     wrapped after `col_wrap` panels): the points of `y` against `x` and their
#     least-squares line, without a confidence band. Each panel is titled
#     "<level>: slope <slope>" with the fitted slope to two decimals ("nan"
#     when all x values of the level are equal). Returns the FacetGrid.
#     """
# ```'''
# prompt = """
# I want `fit_lines_by_group(df, x, y, group, col_wrap=3)`: a seaborn `lmplot` with one panel per \
# level of `group` that actually occurs (sorted by value, alphabetically for text even when the \
# column is categorical, wrapping after `col_wrap` panels), each showing \
# `y` against `x` with its least-squares line and no confidence band, and titled like \
# `"<level>: slope 0.52"` with that panel's fitted slope to two decimals (`"nan"` if all its x \
# values are equal). It returns the \
# FacetGrid. Then run it for `score` over `time` per `condition` in my `rm_long` table and keep \
# the grid as `grid`."""
# task_type = 'function'
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas', 'numpy']
# inputs = { rm_long = 'rm_long' }
# checks = [
#     '(lambda g: figure_summary(g).titles == ["a: slope 2.00", "b: slope -0.50"] and np.allclose(figure_summary(g).axes[0].lines_xy[0][:, 1], 2 * figure_summary(g).axes[0].lines_xy[0][:, 0] + 1) and np.allclose(figure_summary(g).axes[1].scatter_xy[0], [[0, 4.0], [2, 3.0], [4, 2.0]]))(fit_lines_by_group(pd.DataFrame({"u": [0.0, 1.0, 2.0, 0.0, 2.0, 4.0], "v": [1.0, 3.0, 5.0, 4.0, 3.0, 2.0], "k": ["a", "a", "a", "b", "b", "b"]}), "u", "v", "k"))',
#     # the unused category gets no panel; four panels wrap after two
#     '(lambda g: figure_summary(g).titles == ["p: slope 1.00", "q: slope 2.00", "r: slope 3.00", "s: slope -1.00"] and g.axes.shape == (4,) and len({round(ax.get_position().y0, 3) for ax in g.axes}) == 2)(fit_lines_by_group(pd.DataFrame({"x": [0.0, 1.0] * 4, "y": [0.0, 1.0, 5.0, 7.0, 1.0, 4.0, 2.0, 1.0], "grp": pd.Categorical(list("ppqqrrss"), categories=list("pqrst"))}), "x", "y", "grp", col_wrap=2))',
#     '(lambda g: figure_summary(g).titles == ["solo: slope 0.50"])(fit_lines_by_group(pd.DataFrame({"a": [2.0, 4.0, 6.0], "b": [1.0, 2.0, 3.0], "c": ["solo"] * 3}), "a", "b", "c"))',
#     'figure_summary(grid).titles == [f"{level}: slope {np.polyfit(rows.time, rows.score, 1)[0] if rows.time.nunique() > 1 else np.nan:.2f}" for level, rows in sorted(rm_long.groupby("condition", observed=True), key=lambda item: item[0])]',
#     'all(np.allclose(ax.lines_xy[0][:, 1], np.polyval(np.polyfit(rows.time, rows.score, 1), ax.lines_xy[0][:, 0])) for ax, (level, rows) in zip(figure_summary(grid).axes, sorted(rm_long.groupby("condition", observed=True), key=lambda item: item[0])) if rows.time.nunique() > 1)',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'regression', 'facets']
# edge_cases = true
# ///
import numpy as np
import seaborn as sns


def fit_lines_by_group(df, x, y, group, col_wrap=3):
    """Draw one panel per level of column `group` that occurs in df, the
    levels sorted by value (alphabetically for text, also in a categorical
    column, whatever its category order), with seaborn `lmplot` (col=group,
    wrapped after `col_wrap` panels): the points of `y` against `x` and their
    least-squares line, without a confidence band. Each panel is titled
    "<level>: slope <slope>" with the fitted slope to two decimals ("nan"
    when all x values of the level are equal). Returns the FacetGrid.
    """
    # only the levels present: an unused category would get an empty panel
    levels = sorted(df[group].dropna().unique())
    grid = sns.lmplot(
        data=df, x=x, y=y, col=group, col_order=levels, col_wrap=col_wrap, ci=None, height=3
    )
    for level, ax in grid.axes_dict.items():
        rows = df[df[group] == level]
        # a line through points that share one x value has no defined slope
        slope = np.polyfit(rows[x], rows[y], deg=1)[0] if rows[x].nunique() > 1 else np.nan
        ax.set_title(f"{level}: slope {slope:.2f}")
    return grid


grid = fit_lines_by_group(rm_long, "time", "score", "condition")
