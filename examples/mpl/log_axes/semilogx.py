# /// example
# task = """
# Simulate a logarithmic dose response y = 2 log10(x) + 5 with additive noise, x from 0.01 to 100 \
# (arrays `x`, `y`, seed 0), plot the points with `ax.semilogx` (logarithmic x axis, linear y \
# axis) so the relation appears straight, fit a line in those transformed coordinates with \
# `np.polyfit` (`slope`, `intercept`), and put the fitted slope (two decimals) in the title; label \
# the axes. Keep the figure in `fig`."""
# prompt = """
# Simulate a logarithmic dose response y = 2 log10(x) + 5 with additive noise for x from 0.01 to \
# 100 (arrays `x`, `y`, seed 0) and plot it with a logarithmic x axis and linear y axis so it \
# appears straight. Fit a line to y versus log10(x) with a degree-1 polyfit into `slope` and \
# `intercept`, show the slope to two decimals in the title, and label the axes; keep the figure \
# in `fig` and the Axes in `ax`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = {}
# checks = [
#     "figure_summary(fig).axes[0].xscale == 'log' and figure_summary(fig).axes[0].yscale == 'linear'",
#     'abs(slope - 2.0) < 0.1',
#     "f'{slope:.2f}' in ax.get_title()",
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != ''",
# ]
# difficulty = 'intermediate'
# tags = ['log-scale', 'curve-fitting']
# family = 'mpl.log_axes'
# ///
import matplotlib.pyplot as plt
import numpy as np

rng = np.random.default_rng(0)
x = np.logspace(-2, 2, 30)
y = 2 * np.log10(x) + 5 + rng.normal(0, 0.1, x.size)
slope, intercept = np.polyfit(np.log10(x), y, 1)

fig, ax = plt.subplots()
# a logarithmic response is a straight line when only x is logarithmic
ax.semilogx(x, y, "o", markersize=4)
ax.set_xlabel("x")
ax.set_ylabel("y")
ax.set_title(f"Fitted slope {slope:.2f}")
