# /// example
# task = '''
# Write a function `plot_group_means` with the signature and docstring below, then draw the mean
# `score` over `time` per `condition` of the long table `rm_long` with it and store the returned
# table in `means`; keep the figure in `fig`, label the axes and add a title.
#
# ```python
# def plot_group_means(df, x, y, hue, ax):
#     """Draw the mean of column `y` at each value of `x`, one line with
#     markers per level of `hue`, with seaborn `lineplot` on `ax`, and a band
#     of +/- one standard deviation (ddof=1) around each mean.
#
#     Returns the plotted means as a DataFrame indexed by the x values
#     (ascending) with one column per hue level that occurs in df.
#     """
# ```'''
# prompt = """
# For my repeated-measures data I'd like `plot_group_means(df, x, y, hue, ax)`: with seaborn's \
# `lineplot`, draw the mean of `y` at each `x` as one line with markers per `hue` level, with a \
# shaded ± 1 SD band (sample SD) around it, and return the means it plotted as a DataFrame indexed \
# by x (ascending) with one column per hue level that appears. Then apply it to `score` over \
# `time` by `condition` in my `rm_long` table, store the table as `means`, and keep the figure \
# `fig` with axis labels and a title."""
# task_type = 'function'
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas', 'numpy']
# inputs = { rm_long = 'rm_long' }
# checks = [
#     '(lambda ax: (lambda df: (lambda res, s: np.allclose(res.loc[[1, 2], ["a", "b"]].to_numpy(), [[2.0, 10.0], [5.0, 30.0]]) and all(any(np.allclose(xy, line) for xy in s.lines_xy) for line in [[[1, 2.0], [2, 5.0]], [[1, 10.0], [2, 30.0]]]))(plot_group_means(df, "t", "v", "g", ax), axes_summary(ax)))(pd.DataFrame({"t": [1, 1, 2, 2, 1, 1, 2, 2], "v": [1.0, 3.0, 4.0, 6.0, 8.0, 12.0, 30.0, 30.0], "g": list("aaaabbbb")})))(matplotlib.pyplot.subplots()[1])',
#     # the bands reach from the lowest mean - SD to the highest mean + SD
#     '(lambda ax: (lambda df: (plot_group_means(df, "day", "load", "team", ax), (lambda ys: np.isclose(ys.min(), 3.0 - np.sqrt(2.0)) and np.isclose(ys.max(), 7.0 + np.sqrt(8.0)))(np.concatenate([p.vertices[:, 1] for c in ax.collections for p in c.get_paths()])))[1])(pd.DataFrame({"day": [3, 3, 1, 1], "load": [2.0, 4.0, 5.0, 9.0], "team": ["x"] * 4})))(matplotlib.pyplot.subplots()[1])',
#     '(lambda ax: (lambda res: list(res.index) == [0.5, 1.5, 2.5] and list(res.columns.astype(str)) == ["only"] and np.allclose(res["only"], [4.0, 2.0, 1.0]))(plot_group_means(pd.DataFrame({"x": [2.5, 0.5, 1.5], "y": [1.0, 4.0, 2.0], "h": ["only"] * 3}), "x", "y", "h", ax)))(matplotlib.pyplot.subplots()[1])',
#     '(lambda expected: np.allclose(means[expected.columns].to_numpy(dtype=float), expected.to_numpy()) and list(means.index) == list(expected.index))(rm_long.pivot_table(index="time", columns="condition", values="score", aggfunc="mean", observed=True))',
#     'all(any(len(xy) == len(col) and np.allclose(xy, np.column_stack([col.index, col.to_numpy()])) for xy in figure_summary(fig).axes[0].lines_xy) for _, col in rm_long.pivot_table(index="time", columns="condition", values="score", aggfunc="mean", observed=True).items())',
#     'figure_summary(fig).axes[0].xlabel != "" and figure_summary(fig).axes[0].ylabel != "" and figure_summary(fig).axes[0].title != ""',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'line-plot', 'error-bars', 'paired-samples']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns


def plot_group_means(df, x, y, hue, ax):
    """Draw the mean of column `y` at each value of `x`, one line with
    markers per level of `hue`, with seaborn `lineplot` on `ax`, and a band
    of +/- one standard deviation (ddof=1) around each mean.

    Returns the plotted means as a DataFrame indexed by the x values
    (ascending) with one column per hue level that occurs in df.
    """
    # errorbar="sd" draws mean +/- SD instead of a bootstrapped confidence interval
    sns.lineplot(data=df, x=x, y=y, hue=hue, errorbar="sd", marker="o", ax=ax)
    return df.pivot_table(index=x, columns=hue, values=y, aggfunc="mean", observed=True)


fig, ax = plt.subplots()
means = plot_group_means(rm_long, "time", "score", "condition", ax)
ax.set(xlabel="time point", ylabel="score", title="Mean score over time by condition")
