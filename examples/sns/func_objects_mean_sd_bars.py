# /// example
# task = '''
# Write a function `mean_sd_bars` with the signature and docstring below using the seaborn
# objects interface, then draw the mean `score` per `condition` of the long table `rm_long` with
# it on the Axes of a new figure `fig`.
#
# ```python
# def mean_sd_bars(df, x, y, ax):
#     """On `ax`, draw one bar per category of column `x` of `df` whose height
#     is the mean of column `y` (`so.Bar()` with `so.Agg()`), and over each
#     bar a vertical range from mean - SD to mean + SD (`so.Range()` with
#     `so.Est(errorbar="sd")`, the sample SD). Rows with a missing `y` are
#     ignored. Returns `ax`.
#     """
# ```'''
# prompt = '''
# With seaborn.objects, write `mean_sd_bars(df, x, y, ax)`: bars of the mean of column `y` for
# each category of `x` (`so.Bar` + `so.Agg`), plus a +/- 1 sample-SD range line on each bar
# (`so.Range` + `so.Est(errorbar="sd")`), skipping rows where `y` is missing, drawn on `ax`, which
# it returns. Then use it for the mean `score` per `condition` of my `rm_long` table in a new
# figure `fig`.'''
# task_type = 'function'
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas', 'numpy']
# inputs = { rm_long = 'rm_long' }
# checks = [
#     # bars left to right: the means of p, q, r in order of appearance; the ranges span mean +/- sample SD
#     '(lambda ax, df: mean_sd_bars(df, "k", "v", ax) is ax and np.allclose(np.concatenate(axes_summary(ax).bar_heights)[np.argsort(np.concatenate(axes_summary(ax).bar_centers))], [2.0, 5.0, 12.0]) and np.allclose(sorted((s[:, 1].min(), s[:, 1].max()) for s in ax.collections[0].get_segments()), sorted([(2.0 - 1.0, 2.0 + 1.0), (5.0 - np.std([1.0, 9.0], ddof=1), 5.0 + np.std([1.0, 9.0], ddof=1)), (12.0 - np.std([10.0, 12.0, 14.0], ddof=1), 12.0 + np.std([10.0, 12.0, 14.0], ddof=1))])))(matplotlib.pyplot.subplots()[1], pd.DataFrame({"k": ["p", "q", "p", "r", "q", "r", "p", "r"], "v": [1.0, 1.0, 2.0, 10.0, 9.0, 12.0, 3.0, 14.0]}))',
#     # a missing value is ignored, not counted as zero
#     '(lambda ax: np.allclose(sorted(np.concatenate(axes_summary(mean_sd_bars(pd.DataFrame({"k": ["a", "a", "a", "b", "b"], "v": [4.0, np.nan, 8.0, 1.0, 3.0]}), "k", "v", ax)).bar_heights)), [2.0, 6.0]))(matplotlib.pyplot.subplots()[1])',
#     '(lambda ax: (mean_sd_bars(pd.DataFrame({"k": ["a", "a", "b", "b"], "v": [0.0, 2.0, 5.0, 7.0]}), "k", "v", ax), np.allclose(sorted(np.concatenate(axes_summary(ax).bar_heights)), [1.0, 6.0]))[1])(matplotlib.pyplot.subplots()[1])',
#     '(lambda a, means: np.allclose(np.concatenate(a.bar_heights)[np.argsort(np.concatenate(a.bar_centers))], means.to_numpy()))(figure_summary(fig).axes[0], rm_long.groupby("condition", observed=True)["score"].mean())',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'bar-chart', 'error-bars', 'aggregation']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn.objects as so


def mean_sd_bars(df, x, y, ax):
    """On `ax`, draw one bar per category of column `x` of `df` whose height
    is the mean of column `y` (`so.Bar()` with `so.Agg()`), and over each
    bar a vertical range from mean - SD to mean + SD (`so.Range()` with
    `so.Est(errorbar="sd")`, the sample SD). Rows with a missing `y` are
    ignored. Returns `ax`.
    """
    # seaborn.objects aligns columns by index label: a fresh index avoids duplicate labels
    data = df[[x, y]].dropna().reset_index(drop=True)
    (
        so.Plot(data, x=x, y=y)
        .add(so.Bar(), so.Agg())
        .add(so.Range(color="black"), so.Est(errorbar="sd"))
        .on(ax)
        .plot()
    )
    return ax


fig, ax = plt.subplots()
mean_sd_bars(rm_long, "condition", "score", ax)
ax.set(xlabel="condition", ylabel="mean score", title="Mean score (+/- SD) by condition")
