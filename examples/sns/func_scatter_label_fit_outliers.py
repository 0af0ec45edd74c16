# /// example
# task = '''
# Write a function `label_fit_outliers` with the signature and docstring below, then apply it to
# the table `stations` (x `lat`, y `temperature`, labels from `station`, n = 3) on the Axes of a
# new figure `fig`, storing the returned frame in `flagged`.
#
# ```python
# def label_fit_outliers(df, x, y, label, ax, n=3):
#     """Scatter column `y` against column `x` of `df` on `ax` with seaborn's
#     scatterplot, fit the least-squares line y = a + b * x, and annotate the
#     `n` points with the largest absolute residuals with the text of their
#     `label` column. If `x` has fewer than two distinct values, the residuals
#     are taken from the mean of `y`. Returns the annotated rows of `df`, a
#     DataFrame sorted by absolute residual, largest first.
#     """
# ```'''
# prompt = '''
# Please write `label_fit_outliers(df, x, y, label, ax, n=3)`: a seaborn scatterplot of `y` vs `x`
# on `ax`, a least-squares straight line fit, and text annotations (the `label` column's value) on
# the `n` points farthest from that line in absolute residual; if `x` doesn't vary, measure
# residuals from the mean of `y`. It returns those rows of `df`, largest absolute residual first.
# Apply it to my `stations` table with `lat` on x, `temperature` on y, `station` as labels and
# n = 3, in a new figure `fig`, keeping the returned rows in `flagged`.'''
# task_type = 'function'
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'numpy', 'pandas']
# inputs = { stations = 'stations' }
# checks = [
#     # y = 2x except for two points pushed off the line: they are the two labelled, the larger first
#     '(lambda ax, df: (lambda out: list(out["name"]) == ["e", "b"] and sorted(axes_summary(ax).texts) == ["b", "e"] and np.allclose(axes_summary(ax).scatter_xy[0], df[["u", "w"]].to_numpy()))(label_fit_outliers(df, "u", "w", "name", ax, n=2)))(matplotlib.pyplot.subplots()[1], pd.DataFrame({"u": [0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0], "w": [0.0, 5.0, 4.0, 6.0, 1.0, 10.0, 12.0], "name": list("abcdefg")}))',
#     '(lambda ax: list(label_fit_outliers(pd.DataFrame({"u": [1.0, 1.0, 1.0, 1.0], "w": [3.0, 9.0, 4.0, 4.0], "name": ["p", "q", "r", "s"]}), "u", "w", "name", ax, n=1)["name"]) == ["q"] and axes_summary(ax).texts == ["q"])(matplotlib.pyplot.subplots()[1])',
#     # asking for more points than there are rows labels every row
#     '(lambda ax, df: len(label_fit_outliers(df, "u", "w", "name", ax, n=5)) == len(df) and sorted(axes_summary(ax).texts) == ["p", "q"])(matplotlib.pyplot.subplots()[1], pd.DataFrame({"u": [0.0, 1.0], "w": [1.0, 3.0], "name": ["p", "q"]}))',
#     # on the stations: the labelled rows have residuals no smaller than any unlabelled row
#     '(lambda r: len(flagged) == min(3, len(stations)) and r[flagged.index].min() >= np.max(r.drop(flagged.index).to_numpy(), initial=-np.inf) - 1e-9 * (1 + r.max()) and list(r[flagged.index]) == sorted(r[flagged.index], reverse=True))((stations["temperature"] - (np.polyval(np.polyfit(stations["lat"], stations["temperature"], 1), stations["lat"]) if stations["lat"].nunique() > 1 else stations["temperature"].mean())).abs())',
#     'sorted(figure_summary(fig).axes[0].texts) == sorted(flagged["station"].astype(str))',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'scatter-plot', 'annotation', 'residuals']
# edge_cases = { index = false, why = "the returned rows are identified by their index labels, which must be unique" }
# ///
import matplotlib.pyplot as plt
import numpy as np
import seaborn as sns


def label_fit_outliers(df, x, y, label, ax, n=3):
    """Scatter column `y` against column `x` of `df` on `ax` with seaborn's
    scatterplot, fit the least-squares line y = a + b * x, and annotate the
    `n` points with the largest absolute residuals with the text of their
    `label` column. If `x` has fewer than two distinct values, the residuals
    are taken from the mean of `y`. Returns the annotated rows of `df`, a
    DataFrame sorted by absolute residual, largest first.
    """
    sns.scatterplot(data=df, x=x, y=y, ax=ax)
    if df[x].nunique() > 1:
        slope, intercept = np.polyfit(df[x], df[y], deg=1)
        fitted = intercept + slope * df[x]
    else:
        fitted = df[y].mean()
    residuals = (df[y] - fitted).abs()
    flagged = df.loc[residuals.sort_values(ascending=False).index[:n]]
    for _, row in flagged.iterrows():
        # offset the text a little so it does not cover its marker
        ax.annotate(str(row[label]), (row[x], row[y]), xytext=(4, 4), textcoords="offset points")
    return flagged


fig, ax = plt.subplots()
flagged = label_fit_outliers(stations, "lat", "temperature", "station", ax, n=3)
ax.set(xlabel="latitude (deg)", ylabel="temperature (C)", title="Stations off the latitude trend")
