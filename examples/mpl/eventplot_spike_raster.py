# /// example
# task = """
# Simulate Poisson spike trains `spike_times` (a list of sorted arrays, 2 s each) for four \
# neurons firing at 5, 10, 20 and 40 Hz and draw them as a raster with `eventplot`, one row per \
# neuron, y tick labels giving each rate ("5 Hz", "10 Hz", "20 Hz", "40 Hz", bottom to top), \
# axes labels and a title. Keep the figure in `fig` and its Axes in `ax`."""
# prompt = """
# Simulate Poisson spike trains for four neurons firing at 5, 10, 20 and 40 Hz over 2 s each, as \
# a list of sorted spike-time arrays `spike_times`, and draw them as a raster plot (eventplot) \
# with one row per neuron. The y tick labels should read "5 Hz", "10 Hz", "20 Hz", "40 Hz" from \
# bottom to top; add axis labels and a title, and keep the figure in `fig` and the Axes in `ax`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = {}
# checks = [
#     "figure_summary(fig).axes[0].collection_types.count('EventCollection') == 4",
#     '[len(c.get_positions()) for c in ax.collections] == [len(s) for s in spike_times]',
#     "figure_summary(fig).axes[0].yticklabels == ['5 Hz', '10 Hz', '20 Hz', '40 Hz']",
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != ''",
# ]
# difficulty = 'intermediate'
# tags = ['discrete-plot', 'time-series']
# ///
import matplotlib.pyplot as plt
import numpy as np

rng = np.random.default_rng(11)
duration = 2.0
rates = [5, 10, 20, 40]
spike_times = [np.sort(rng.uniform(0, duration, rng.poisson(rate * duration))) for rate in rates]

fig, ax = plt.subplots()
# one row per spike train at y = 0, 1, ...; a line length below 1 leaves gaps between the rows
ax.eventplot(spike_times, colors="black", lineoffsets=range(len(rates)), linelengths=0.8)
ax.set_xlabel("time (s)")
ax.set_ylabel("neuron firing rate")
ax.set_title("Spike raster")
ax.set_yticks(range(len(rates)), labels=[f"{rate} Hz" for rate in rates])
