# /// example
# task = '''
# Write a function `point_means_panels` with the signature and docstring below using seaborn's
# figure-level `catplot` with `kind="point"`, then draw the mean `score` per `time` with one panel
# per `condition` of the long table `rm_long`, and keep the returned grid in `g`.
#
# ```python
# def point_means_panels(df, x, y, col):
#     """Point plot of the mean of column `y` at each level of `x` (levels
#     in sorted order, joined by a line), one panel per level of `col`,
#     with a bootstrapped 95% confidence interval of each mean drawn as an
#     error bar (seed 0, so the plot is reproducible). Returns the FacetGrid.
#     """
# ```'''
# prompt = """
# Please write `point_means_panels(df, x, y, col)` with seaborn's `catplot(kind="point")`: the mean \
# of `y` at each `x` level (sorted, joined by a line) with a bootstrapped 95% confidence interval \
# as error bars (seeded with 0), one panel per `col` level, returning the grid. Then apply it to \
# my `rm_long` table: `score` by `time`, one panel per `condition`, and keep the grid as `g`."""
# task_type = 'function'
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas', 'numpy']
# inputs = { rm_long = 'rm_long' }
# checks = [
#     # each panel draws its group means, in sorted x order, as one joined line
#     '(lambda df: (lambda grid: len(grid.figure.axes) == 2 and all(any(len(xy) == 3 and np.allclose(xy[:, 1], df[df["p"] == p].groupby("x")["y"].mean().sort_index().to_numpy()) for xy in axes_summary(ax).lines_xy) for ax, p in zip(grid.axes.flat, grid.col_names, strict=True)))(point_means_panels(df, "x", "y", "p")))(pd.DataFrame({"x": [3, 1, 2] * 8, "y": np.arange(24.0) ** 1.5, "p": ["u"] * 12 + ["v"] * 12}))',
#     # the error bars are 95% CIs of the mean: they contain the mean and are narrower than +/- 1 SD at n = 8
#     '(lambda frame: (lambda ax: all(any(len(xy) == 2 and np.allclose(xy[:, 0], i) and xy[:, 1].min() <= m <= xy[:, 1].max() and 0 < np.ptp(xy[:, 1]) < 2 * s for xy in axes_summary(ax).lines_xy) for i, (m, s) in enumerate(zip(frame.groupby("x")["y"].mean(), frame.groupby("x")["y"].std(), strict=True))))(point_means_panels(frame, "x", "y", "p").axes.flat[0]))(pd.DataFrame({"x": ["b", "a"] * 8, "y": [1.0, 9.0, 4.0, 2.0, 8.0, 7.0, 3.0, 5.0, 6.0, 0.0, 2.5, 4.5, 9.5, 1.5, 5.5, 3.5], "p": ["one"] * 16}))',
#     # a single-row group still gets its point
#     '(lambda grid: any(len(xy) == 2 and np.allclose(xy[:, 1], [2.0, 7.0]) for xy in axes_summary(grid.axes.flat[0]).lines_xy))(point_means_panels(pd.DataFrame({"x": [1, 2, 2], "y": [2.0, 6.0, 8.0], "p": ["k"] * 3}), "x", "y", "p"))',
#     'len(g.figure.axes) == rm_long["condition"].nunique() and all(any(np.allclose(xy[:, 1], rm_long[rm_long["condition"].astype(str) == str(p)].groupby("time")["score"].mean().sort_index().to_numpy()) for xy in axes_summary(ax).lines_xy if len(xy) == rm_long["time"].nunique()) for ax, p in zip(g.axes.flat, g.col_names, strict=True))',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'facets', 'error-bars', 'confidence-interval']
# edge_cases = true
# ///
import seaborn as sns


def point_means_panels(df, x, y, col):
    """Point plot of the mean of column `y` at each level of `x` (levels
    in sorted order, joined by a line), one panel per level of `col`,
    with a bootstrapped 95% confidence interval of each mean drawn as an
    error bar (seed 0, so the plot is reproducible). Returns the FacetGrid.
    """
    # errorbar=("ci", 95) bootstraps the mean; seed fixes the resampling
    return sns.catplot(
        data=df,
        x=x,
        y=y,
        col=col,
        kind="point",
        order=sorted(df[x].dropna().unique()),
        errorbar=("ci", 95),
        seed=0,
        height=3,
    )


g = point_means_panels(rm_long, "time", "score", "condition")
