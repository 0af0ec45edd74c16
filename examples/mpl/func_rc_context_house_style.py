# /// example
# task = '''
# Write a function `plot_house_style` with the signature and docstring below, then plot the
# channels of the time-indexed frame `sensor` with it using `linewidth=1.5`; keep the figure in
# `fig`, label the axes and add a title.
#
# ```python
# def plot_house_style(df, ax, linewidth=2.5):
#     """Plot each column of `df` against its index on `ax`, in column order,
#     with lines `linewidth` points wide, and add a legend of the column names
#     drawn without a frame. Returns the list of lines.
#
#     The style applies to this plot only: Matplotlib's global rcParams are
#     the same after the call as before it.
#     """
# ```'''
# prompt = """
# Our house style for line charts is thick lines and a legend without a frame, but I don't want to \
# touch the global settings. Please write `plot_house_style(df, ax, linewidth=2.5)` that plots every \
# column of `df` over its index on `ax` in column order with lines `linewidth` points wide, adds a \
# frameless legend of the column names, returns the lines, and leaves Matplotlib's global rcParams \
# exactly as they were. Then use it on my `sensor` frame with `linewidth=1.5`, keeping the figure \
# `fig` with axis labels and a title."""
# task_type = 'function'
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas']
# inputs = { sensor = 'sensor' }
# checks = [
#     '(lambda ax: (lambda lines, s: len(lines) == 2 and [ln.get_linewidth() for ln in ax.lines] == [2.5, 2.5] and s.legend_labels == ["a", "b"] and not ax.get_legend().get_frame_on() and np.allclose(s.lines_xy[1], [[0, 3.0], [1, 4.0]]))(plot_house_style(pd.DataFrame({"a": [1.0, 2.0], "b": [3.0, 4.0]}), ax), axes_summary(ax)))(matplotlib.pyplot.subplots()[1])',
#     # the global defaults are untouched after the call
#     '(lambda ax: (plot_house_style(pd.DataFrame({"level": [5.0, 1.0, 2.0]}, index=[10, 20, 30]), ax, linewidth=4.0), [ln.get_linewidth() for ln in ax.lines] == [4.0] and np.allclose(axes_summary(ax).lines_xy[0], [[10, 5.0], [20, 1.0], [30, 2.0]]) and matplotlib.rcParams["lines.linewidth"] == matplotlib.rcParamsDefault["lines.linewidth"] and matplotlib.rcParams["legend.frameon"])[1])(matplotlib.pyplot.subplots()[1])',
#     '(lambda ax: (plot_house_style(pd.DataFrame({"x": [0.0], "y": [1.0], "z": [2.0]}), ax, linewidth=0.5), axes_summary(ax).legend_labels == ["x", "y", "z"] and {ln.get_linewidth() for ln in ax.lines} == {0.5})[1])(matplotlib.pyplot.subplots()[1])',
#     'figure_summary(fig).axes[0].legend_labels == list(sensor.columns) and [ln.get_linewidth() for ln in fig.axes[0].lines] == [1.5] * sensor.shape[1]',
#     'all(np.allclose(xy[:, 1], sensor[column], equal_nan=True) for xy, column in zip(figure_summary(fig).axes[0].lines_xy, sensor.columns))',
#     'not fig.axes[0].get_legend().get_frame_on() and matplotlib.rcParams["lines.linewidth"] == matplotlib.rcParamsDefault["lines.linewidth"]',
#     'figure_summary(fig).axes[0].xlabel != "" and figure_summary(fig).axes[0].ylabel != "" and figure_summary(fig).axes[0].title != ""',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'styling', 'line-plot', 'legend']
# edge_cases = true
# ///
import matplotlib as mpl
import matplotlib.pyplot as plt


def plot_house_style(df, ax, linewidth=2.5):
    """Plot each column of `df` against its index on `ax`, in column order,
    with lines `linewidth` points wide, and add a legend of the column names
    drawn without a frame. Returns the list of lines.

    The style applies to this plot only: Matplotlib's global rcParams are
    the same after the call as before it.
    """
    # rc_context restores the previous rcParams when the block ends
    with mpl.rc_context({"lines.linewidth": linewidth, "legend.frameon": False}):
        lines = [ax.plot(df.index, df[column], label=column)[0] for column in df.columns]
        ax.legend()
    return lines


fig, ax = plt.subplots(figsize=(8, 4))
plot_house_style(sensor, ax, linewidth=1.5)
ax.set(xlabel="date", ylabel="reading", title="Sensor channels")
