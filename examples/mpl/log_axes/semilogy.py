# /// example
# task = """
# Simulate an exponential decay y = 3 exp(-0.8 x) with multiplicative noise, x from 0 to 5 \
# (arrays `x`, `y`, seed 0), plot the points with `ax.semilogy` (linear x axis, logarithmic y \
# axis) so the relation appears straight, fit a line in those transformed coordinates with \
# `np.polyfit` (`slope`, `intercept`), and put the fitted slope (two decimals) in the title; label \
# the axes. Keep the figure in `fig`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = {}
# checks = [
#     "figure_summary(fig).axes[0].xscale == 'linear' and figure_summary(fig).axes[0].yscale == 'log'",
#     'abs(slope + 0.8) < 0.1',
#     "f'{slope:.2f}' in ax.get_title()",
# ]
# difficulty = 'intermediate'
# tags = ['log-scale', 'axis-scale', 'curve-fitting']
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
