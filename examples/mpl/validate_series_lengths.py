# /// example
# task = """
# Plot several temperature-probe series from the dict `series` (probe name -> readings) against a \
# shared time vector `time_s` (one probe's logger dropped samples), using a helper `plot_series` \
# that raises ValueError, with a message giving both lengths, when x and y lengths differ; catch \
# that error per probe, store the message in the dict `skipped` (probe name -> message), plot \
# only the valid probes, as lines, with their names as legend entries, and label the axes and \
# title. Keep the figure in `fig`."""
# prompt = """
# Simulate a few temperature-probe series in a dict `series` (probe name -> readings) against a \
# shared time vector `time_s`, where exactly one probe's logger dropped samples. Plot them \
# through a helper `plot_series` that raises ValueError, with a message stating both lengths, \
# when x and y lengths differ; catch that per probe, store the message in a dict `skipped` (probe \
# name -> message), plot only the valid probes as lines against `time_s` with their names as \
# legend entries, label the axes, add a title, and keep the figure in `fig`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = {}
# checks = [
#     'len(skipped) == 1 and list(skipped) == [name for name, readings in series.items() if len(readings) != len(time_s)]',
#     'all(str(len(time_s)) in message and str(len(series[name])) in message for name, message in skipped.items())',
#     'figure_summary(fig).axes[0].legend_labels == [name for name in series if name not in skipped]',
#     # every valid probe is drawn as a line of its readings against `time_s`
#     'all(any(len(xy) == len(time_s) and np.allclose(xy, np.column_stack([time_s, series[name]])) for xy in figure_summary(fig).axes[0].lines_xy) for name in series if name not in skipped)',
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != ''",
# ]
# difficulty = 'intermediate'
# tags = ['error-handling', 'validation', 'line-plot']
# ///
import matplotlib.pyplot as plt
import numpy as np


def plot_series(ax, x, y, label):
    if len(x) != len(y):
        raise ValueError(f"{label}: x has {len(x)} points but y has {len(y)}")
    ax.plot(x, y, label=label)


rng = np.random.default_rng(1)
time_s = np.arange(0, 60, 0.5)
series = {
    "probe 1": 20 + rng.normal(0, 0.3, time_s.size),
    "probe 2": 21 + rng.normal(0, 0.3, time_s.size),
    "probe 3": 19 + rng.normal(0, 0.3, time_s.size - 4),  # logger dropped samples
}

fig, ax = plt.subplots()
skipped = {}
for name, readings in series.items():
    try:
        plot_series(ax, time_s, readings, name)
    except ValueError as err:
        skipped[name] = str(err)
ax.set_xlabel("time (s)")
ax.set_ylabel("temperature (°C)")
ax.set_title("Probe temperatures")
ax.legend()
