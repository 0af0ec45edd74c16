# /// example
# task = """
# For a black-and-white journal figure, plot the three channels of `sensor` (`sensor_a`, \
# `sensor_b`, `sensor_c`, in that order) against the date index on `fig, ax` in black only, \
# told apart by line style: set the Axes' property cycle with `cycler` so the lines come out \
# solid, dashed and dotted ("-", "--", ":"), all colour "black". Add a legend with the column \
# names, axis labels and a title."""
# prompt = """
# My journal wants grayscale figures. Could you plot `sensor_a`, `sensor_b` and `sensor_c` from \
# `sensor` over the dates on `fig, ax`, all lines "black", distinguished by line style "-", "--" \
# and ":" in that order, set up through the axes' prop cycle (cycler) rather than per line? \
# Legend with the channel names, axis labels and a title."""
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas']
# inputs = { sensor = 'sensor' }
# checks = [
#     '[ln.get_linestyle() for ln in ax.lines] == ["-", "--", ":"] and all(matplotlib.colors.to_hex(ln.get_color()) == matplotlib.colors.to_hex("black") for ln in ax.lines)',
#     'all(np.allclose(xy[:, 1], sensor[c].to_numpy(), equal_nan=True) for xy, c in zip(figure_summary(fig).axes[0].lines_xy, ["sensor_a", "sensor_b", "sensor_c"]))',
#     'figure_summary(fig).axes[0].legend_labels == ["sensor_a", "sensor_b", "sensor_c"]',
#     'figure_summary(fig).axes[0].xlabel != "" and figure_summary(fig).axes[0].ylabel != "" and figure_summary(fig).axes[0].title != ""',
# ]
# difficulty = 'basic'
# tags = ['line-styles', 'styling', 'time-series']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
from cycler import cycler

fig, ax = plt.subplots(figsize=(6, 3.5))
# adding two cyclers of equal length pairs their entries: black "-", black "--", black ":"
ax.set_prop_cycle(cycler(color=["black"] * 3) + cycler(linestyle=["-", "--", ":"]))
for column in ["sensor_a", "sensor_b", "sensor_c"]:
    ax.plot(sensor.index, sensor[column], label=column)
ax.set(xlabel="date", ylabel="reading", title="Sensor channels")
ax.legend()
