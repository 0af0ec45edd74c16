# /// example
# task = '''
# Write a function `plot_rolling_median_band` with the signature and docstring below, then apply it
# to the `temperature` column of `weather` (DatetimeIndex) with a 7-day window on a new Axes; keep
# the figure in `fig` and the Axes it returns in `ax`, and label the axes and add a title.
#
# ```python
# def plot_rolling_median_band(series, window, ax):
#     """Draw `series`, its centred rolling median and a shaded band between the
#     rolling 25th and 75th percentiles on `ax`, and return `ax`.
#
#     Each window holds `window` consecutive values centred on a point; where the
#     window runs past either end or holds a missing value the median and band
#     are undefined and left undrawn. The raw series is the first line, the
#     median the second, the band the only filled area; a legend names them
#     "data", "rolling median" and "interquartile range".
#     """
# ```'''
# prompt = """
# I keep plotting noisy series with a robust smoother, so please write \
# `plot_rolling_median_band(series, window, ax)`: it draws the `series` (first line), its centred \
# rolling median over `window` values (second line) and a shaded band between the rolling 25th \
# and 75th percentiles, with a legend reading "data", "rolling median" and "interquartile range", \
# and returns `ax`. Where the window runs off either end or contains a NaN, nothing should be drawn for the \
# median or the band. Then use it with a 7-day window on the `temperature` of my `weather` frame \
# (it has a DatetimeIndex), keeping `fig` and `ax`, with axis labels and a title."""
# task_type = 'function'
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas']
# inputs = { weather = 'weather' }
# checks = [
#     # the finite points of the second line are the centred rolling median at the series' x values
#     '(lambda s: (lambda a: (lambda med: np.allclose(a.lines_xy[1][np.isfinite(a.lines_xy[1][:, 1])], np.column_stack([med.dropna().index, med.dropna()])))(s.rolling(3, center=True).median()))(axes_summary(plot_rolling_median_band(s, 3, matplotlib.pyplot.subplots()[1]))))(pd.Series([4.0, 1.0, 7.0, 3.0, 9.0, 2.0, 8.0, 5.0]))',
#     '(lambda s: (lambda a: (lambda med: np.allclose(a.lines_xy[1][np.isfinite(a.lines_xy[1][:, 1])], np.column_stack([med.dropna().index, med.dropna()])) and np.allclose(a.lines_xy[0][np.isfinite(a.lines_xy[0][:, 1])], np.column_stack([s.dropna().index, s.dropna()])))(s.rolling(4, center=True).median()))(axes_summary(plot_rolling_median_band(s, 4, matplotlib.pyplot.subplots()[1]))))(pd.Series([2.0, 6.0, np.nan, 5.0, 1.0, 4.0, 8.0, 3.0, 7.0, 0.5], index=np.arange(10, 20)))',
#     # every vertex of the band lies on the rolling 25th or 75th percentile at one of the x values
#     '(lambda s: (lambda ax: (lambda lo, hi, verts: len(verts) > 0 and all(np.isclose(y, lo[int(round(x))]) or np.isclose(y, hi[int(round(x))]) for x, y in verts) and np.isclose(verts[:, 1].min(), np.nanmin(lo)) and np.isclose(verts[:, 1].max(), np.nanmax(hi)))(s.rolling(5, center=True).quantile(0.25).to_numpy(), s.rolling(5, center=True).quantile(0.75).to_numpy(), np.concatenate([p.vertices for c in ax.collections for p in c.get_paths()])))(plot_rolling_median_band(s, 5, matplotlib.pyplot.subplots()[1])))(pd.Series([3.0, 9.0, 1.0, 4.0, 7.0, 2.0, 8.0, 6.0, 5.0, 0.0, 2.5]))',
#     'figure_summary(fig).axes[0].legend_labels == ["data", "rolling median", "interquartile range"]',
#     'figure_summary(fig).axes[0].xlabel != "" and figure_summary(fig).axes[0].ylabel != "" and figure_summary(fig).axes[0].title != ""',
#     'np.allclose(figure_summary(fig).axes[0].lines_xy[0], np.column_stack([matplotlib.dates.date2num(weather.index), weather["temperature"].to_numpy()]))',
#     '(lambda xy, med: np.allclose(xy[np.isfinite(xy[:, 1])], np.column_stack([matplotlib.dates.date2num(med.index), med.to_numpy()])))(figure_summary(fig).axes[0].lines_xy[1], weather["temperature"].rolling(7, center=True).median().dropna())',
#     'ax is fig.axes[0]',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'rolling-window', 'filled-area', 'robust-statistics']
# edge_cases = true
# ///
import matplotlib.pyplot as plt


def plot_rolling_median_band(series, window, ax):
    """Draw `series`, its centred rolling median and a shaded band between the
    rolling 25th and 75th percentiles on `ax`, and return `ax`.

    Each window holds `window` consecutive values centred on a point; where the
    window runs past either end or holds a missing value the median and band
    are undefined and left undrawn. The raw series is the first line, the
    median the second, the band the only filled area; a legend names them
    "data", "rolling median" and "interquartile range".
    """
    # center=True puts each window's result at its middle point, not its last one
    rolling = series.rolling(window, center=True)
    ax.plot(series.index, series, color="0.6", linewidth=0.8, label="data")
    ax.plot(series.index, rolling.median(), color="tab:blue", label="rolling median")
    ax.fill_between(
        series.index,
        rolling.quantile(0.25),
        rolling.quantile(0.75),
        color="tab:blue",
        alpha=0.25,
        label="interquartile range",
    )
    ax.legend()
    return ax


fig, ax = plt.subplots()
ax = plot_rolling_median_band(weather["temperature"], 7, ax)
ax.set(xlabel="date", ylabel="temperature (deg C)", title="Daily temperature")
