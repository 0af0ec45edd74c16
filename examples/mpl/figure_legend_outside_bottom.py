# /// example
# task = """
# Draw two side-by-side panels (`axes`) of the same three damped signals (left: linear y axis, \
# right: logarithmic |y|), each series drawn once per panel with the labels "slow", "medium" and \
# "fast", and put a single figure-level legend with three columns outside below the panels \
# (`loc="outside lower center"`, constrained layout); give each panel a title and axis labels. \
# Keep the figure in `fig`."""
# prompt = """
# I want two side-by-side panels (`axes`) of the same three damped signals, labelled "slow", \
# "medium" and "fast": the left panel with a linear y axis, the right one showing |y| on a \
# logarithmic y axis, each series drawn once per panel. Instead of per-panel legends, put one \
# figure-level legend with three columns outside below the panels (loc="outside lower center" \
# with constrained layout). Give each panel a title and axis labels, and keep the figure in `fig`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = {}
# checks = [
#     "figure_summary(fig).legend_labels == ['slow', 'medium', 'fast']",
#     'fig.legends[0].get_window_extent().y1 <= min(a.get_window_extent().y0 for a in axes)',
#     "figure_summary(fig).axes[1].yscale == 'log'",
#     'all(a.legend_labels == [] for a in figure_summary(fig).axes)',
#     # each of the three series is drawn once as a line in each panel
#     'all(a.n_lines == len(figure_summary(fig).legend_labels) for a in figure_summary(fig).axes)',
#     "all(a.title != '' and a.xlabel != '' and a.ylabel != '' for a in figure_summary(fig).axes)",
# ]
# difficulty = 'advanced'
# tags = ['legend', 'subplots']
# ///
import matplotlib.pyplot as plt
import numpy as np

t = np.linspace(0, 5, 300)
rates = {"slow": 0.3, "medium": 1.0, "fast": 3.0}

fig, axes = plt.subplots(1, 2, figsize=(9, 4), layout="constrained")
for label, rate in rates.items():
    decay = np.exp(-rate * t)
    axes[0].plot(t, decay * np.cos(4 * t), label=label)
    axes[1].semilogy(t, decay)
axes[0].set(title="Signal", xlabel="time (s)", ylabel="amplitude")
axes[1].set(title="Envelope", xlabel="time (s)", ylabel="|amplitude|")
# one legend for the whole figure: the panels share the same three series
fig.legend(loc="outside lower center", ncols=3)
