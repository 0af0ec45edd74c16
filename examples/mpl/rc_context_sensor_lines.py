# /// example
# task = """
# Plot every column of the time-indexed DataFrame `sensor` as a line with a legend of the column \
# names, inside `matplotlib.rc_context` with `lines.linewidth` 2.5, `axes.grid` on and the top \
# and right spines hidden (`axes.spines.top`, `axes.spines.right` False), so these settings apply \
# to this figure only and the global rcParams stay unchanged; label the axes and title. Keep the \
# figure in `fig` and its Axes in `ax`."""
# prompt = """
# I want thicker lines (linewidth 2.5), a grid, and no top or right spine for one figure only, \
# without touching my global matplotlib settings: temporarily override the rcParams \
# `lines.linewidth`, `axes.grid`, `axes.spines.top` and `axes.spines.right` while I plot every \
# column of the time-indexed DataFrame `sensor` as a line with a legend of the column names. \
# Label the axes, add a title, and keep the figure in `fig` and the Axes in `ax`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas']
# inputs = { sensor = 'sensor' }
# checks = [
#     'len(ax.lines) == sensor.shape[1] and all(np.isclose(line.get_linewidth(), 2.5) for line in ax.lines)',
#     "all(np.allclose(xy, np.column_stack([matplotlib.dates.date2num(sensor.index), sensor[c]])) for xy, c in zip(figure_summary(fig).axes[0].lines_xy, sensor.columns))",
#     'ax.get_xgridlines()[0].get_visible() and ax.get_ygridlines()[0].get_visible()',
#     "not ax.spines['top'].get_visible() and not ax.spines['right'].get_visible() and ax.spines['left'].get_visible()",
#     # the overrides ended with the block
#     "matplotlib.rcParams['lines.linewidth'] != 2.5 and not matplotlib.rcParams['axes.grid'] and matplotlib.rcParams['axes.spines.top']",
#     'figure_summary(fig).axes[0].legend_labels == list(sensor.columns)',
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != '' and figure_summary(fig).axes[0].title != ''",
# ]
# difficulty = 'basic'
# tags = ['styling', 'line-plot', 'time-series']
# edge_cases = true
# ///
import matplotlib as mpl
import matplotlib.pyplot as plt

overrides = {
    "lines.linewidth": 2.5,
    "axes.grid": True,
    "axes.spines.top": False,
    "axes.spines.right": False,
}
# rcParams are read when artists are created, so the figure is built inside the block
with mpl.rc_context(overrides):
    fig, ax = plt.subplots(figsize=(8, 4))
    for column in sensor.columns:
        ax.plot(sensor.index, sensor[column], label=column)
    ax.set_xlabel("date")
    ax.set_ylabel("reading")
    ax.set_title("Sensor channels")
    ax.legend()
