# /// example
# task = """
# Simulate an exponential decay y = 3 exp(-0.8 x) with multiplicative noise, x from 0 to 5 \
# (arrays `x`, `y`, seed 0), plot the points with `ax.semilogy` (linear x axis, logarithmic y \
# axis) so the relation appears straight, fit a line in those transformed coordinates with \
# `np.polyfit` (`slope`, `intercept`), and put the fitted slope (two decimals) in the title; label \
# the axes. Keep the figure in `fig`."""
# prompt = """
# Simulate an exponential decay y = 3 exp(-0.8 x) with multiplicative noise for x from 0 to 5 \
# (arrays `x`, `y`, seed 0) and plot it with a linear x axis and logarithmic y axis so it appears \
# straight. Fit a line to the natural log of y versus x with a degree-1 polyfit into `slope` and \
# `intercept` (so the slope estimates the decay rate, about -0.8), show the slope to two decimals \
# in the title, and label the axes; keep the figure in `fig` and the Axes in `ax`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = {}
# checks = [
#     "figure_summary(fig).axes[0].xscale == 'linear' and figure_summary(fig).axes[0].yscale == 'log'",
#     'abs(slope + 0.8) < 0.1',
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
x = np.linspace(0, 5, 30)
y = 3 * np.exp(-0.8 * x) * rng.lognormal(0, 0.05, x.size)
slope, intercept = np.polyfit(x, np.log(y), 1)

fig, ax = plt.subplots()
# an exponential is a straight line when only y is logarithmic
ax.semilogy(x, y, "o", markersize=4)
ax.set_xlabel("x")
ax.set_ylabel("y")
ax.set_title(f"Fitted slope {slope:.2f}")
