# /// example
# task = """
# The `sensor_a` channel of the time-indexed daily DataFrame `df` lost ten readings in an outage \
# (rows 10 to 19 dropped, giving `observed`). Re-index it to a regular daily frequency with \
# `asfreq("D")` so the outage becomes NaN (`regular`, with `n_gap` missing days) and plot it, so \
# Matplotlib breaks the line at the gap instead of drawing a straight segment across it; label \
# the axes and put `n_gap` in the title. Draw on an Axes named `ax`."""
# prompt = """
# The `sensor_a` channel of my daily DataFrame `df` lost ten readings in an outage: drop rows 10 \
# to 19 to get `observed`. Re-index it to a regular daily frequency so the outage becomes NaN \
# (`regular`, with `n_gap` missing days) and plot it so the line breaks at the gap instead of \
# drawing straight across; label the axes, put `n_gap` in the title, and draw on an Axes named \
# `ax`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas']
# inputs = { df = 'sensor' }
# checks = [
#     'len(regular) == len(df) and n_gap == 10',
#     'np.isnan(ax.lines[0].get_ydata()).sum() == n_gap',
#     'str(n_gap) in ax.get_title()',
#     "ax.get_xlabel() != '' and ax.get_ylabel() != ''",
# ]
# difficulty = 'intermediate'
# tags = ['missing-data', 'time-series']
# [edge_cases]
# min_size = 21
# why = 'the outage drops rows 10 to 19 and the regular index needs readings after it: 21 or more days'
# ///
import matplotlib.pyplot as plt

observed = df["sensor_a"].drop(df.index[10:20])
# without the NaNs, plot() would join the readings on either side of the outage
regular = observed.asfreq("D")
n_gap = int(regular.isna().sum())

fig, ax = plt.subplots()
ax.plot(regular.index, regular, marker=".", linewidth=1)
ax.set_xlabel("date")
ax.set_ylabel("sensor A reading")
ax.set_title(f"Sensor A ({n_gap} days missing)")
