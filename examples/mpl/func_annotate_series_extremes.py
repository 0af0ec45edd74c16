# /// example
# task = '''
# Write a function `annotate_extremes` with the signature and docstring below, then apply it to
# the `temperature` column of `weather` (DatetimeIndex) and store what it returns in `extremes`;
# keep the figure in `fig`, label the axes and add a title.
#
# ```python
# def annotate_extremes(series, ax, fmt="{:.1f}"):
#     """Plot `series` against its index on `ax` and point an annotation arrow
#     at its highest and at its lowest value, with the texts "max <value>" and
#     "min <value>" (the value formatted with the format string `fmt`), the
#     maximum's annotation first.
#
#     Missing values are ignored; of tied extremes the first occurrence is
#     annotated. Returns the index labels of the maximum and the minimum.
#     """
# ```'''
# prompt = """
# Could you write `annotate_extremes(series, ax, fmt="{:.1f}")` for me? It should plot the \
# series over its index and add two arrow annotations pointing at the highest and the lowest \
# point, reading "max <value>" and "min <value>" with the value formatted by `fmt`, max first. \
# NaNs are ignored, ties go to the first occurrence, and it returns the index labels of the max \
# and the min. Use it on the `temperature` of my `weather` frame (DatetimeIndex), store the result \
# in `extremes`, and keep the figure `fig` with axis labels and a title."""
# task_type = 'function'
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas']
# inputs = { weather = 'weather' }
# checks = [
#     '(lambda ax: (lambda res, s: tuple(res) == (3, 1) and s.texts == ["max 9.0", "min 1.0"] and [t.xy[1] for t in ax.texts] == [9.0, 1.0] and np.allclose(s.lines_xy[0], [[0, 4.0], [1, 1.0], [2, 5.0], [3, 9.0], [4, 2.0]]))(annotate_extremes(pd.Series([4.0, 1.0, 5.0, 9.0, 2.0]), ax), axes_summary(ax)))(matplotlib.pyplot.subplots()[1])',
#     # the NaN is skipped and the first of the tied maxima wins
#     '(lambda ax: (lambda res, s: tuple(res) == ("b", "d") and s.texts == ["max 7.25", "min -3.50"] and all(t.arrow_patch is not None for t in ax.texts))(annotate_extremes(pd.Series([np.nan, 7.25, 0.0, -3.5, 7.25], index=list("abcde")), ax, fmt="{:.2f}"), axes_summary(ax)))(matplotlib.pyplot.subplots()[1])',
#     '(lambda ax: tuple(annotate_extremes(pd.Series([2.0], index=[10]), ax, fmt="{:.0f}")) == (10, 10) and axes_summary(ax).texts == ["max 2", "min 2"])(matplotlib.pyplot.subplots()[1])',
#     'tuple(extremes) == (weather["temperature"].idxmax(), weather["temperature"].idxmin())',
#     'figure_summary(fig).axes[0].texts == [f"max {weather.temperature.max():.1f}", f"min {weather.temperature.min():.1f}"] and np.allclose([t.xy[1] for t in fig.axes[0].texts], [weather.temperature.max(), weather.temperature.min()])',
#     # the arrows point at the dates of the extremes, not at their positions
#     'np.allclose([fig.axes[0].convert_xunits(t.xy[0]) for t in fig.axes[0].texts], matplotlib.dates.date2num([weather.temperature.idxmax(), weather.temperature.idxmin()]))',
#     'np.allclose(figure_summary(fig).axes[0].lines_xy[0], np.column_stack([matplotlib.dates.date2num(weather.index), weather["temperature"]]), equal_nan=True)',
#     'figure_summary(fig).axes[0].xlabel != "" and figure_summary(fig).axes[0].ylabel != "" and figure_summary(fig).axes[0].title != ""',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'annotation', 'line-plot', 'time-series']
# edge_cases = true
# ///
import matplotlib.pyplot as plt


def annotate_extremes(series, ax, fmt="{:.1f}"):
    """Plot `series` against its index on `ax` and point an annotation arrow
    at its highest and at its lowest value, with the texts "max <value>" and
    "min <value>" (the value formatted with the format string `fmt`), the
    maximum's annotation first.

    Missing values are ignored; of tied extremes the first occurrence is
    annotated. Returns the index labels of the maximum and the minimum.
    """
    ax.plot(series.index, series.to_numpy())
    # idxmax/idxmin skip NaN and return the first label among ties
    where_max, where_min = series.idxmax(), series.idxmin()
    marks = (("max", where_max, series.max(), 15), ("min", where_min, series.min(), -20))
    for name, where, value, offset in marks:
        ax.annotate(
            f"{name} {fmt.format(value)}",
            xy=(where, value),
            xytext=(0, offset),
            textcoords="offset points",
            ha="center",
            arrowprops={"arrowstyle": "->"},
        )
    return where_max, where_min


fig, ax = plt.subplots(figsize=(8, 4))
extremes = annotate_extremes(weather["temperature"], ax)
ax.set(xlabel="date", ylabel="temperature (deg C)", title="Daily temperature with extremes")
