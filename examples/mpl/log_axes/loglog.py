# /// example
# task = """
# Simulate a power law y = 3 x^0.75 with multiplicative noise, x from 1 to 1000 (arrays `x`, `y`, \
# seed 0), plot the points with `ax.loglog` so the relation appears straight, fit a line in those \
# transformed coordinates with `np.polyfit` (`slope`, `intercept`), and put the fitted slope (two \
# decimals) in the title; label the axes. Keep the figure in `fig`."""
# prompt = """
# Simulate a power law y = 3 x^0.75 with multiplicative noise for x from 1 to 1000 (arrays `x`, \
# `y`, seed 0) and plot the points on log-log axes so the relation looks straight. Fit a straight \
# line to log y versus log x with a degree-1 polyfit into `slope` and `intercept`, put the fitted \
# slope to two decimals in the title, and label the axes; keep the figure in `fig` and the Axes \
# in `ax`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = {}
# checks = [
#     "figure_summary(fig).axes[0].xscale == 'log' and figure_summary(fig).axes[0].yscale == 'log'",
#     'abs(slope - 0.75) < 0.1',
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
x = np.logspace(0, 3, 30)
y = 3 * x**0.75 * rng.lognormal(0, 0.05, x.size)
slope, intercept = np.polyfit(np.log10(x), np.log10(y), 1)

fig, ax = plt.subplots()
# a power law is a straight line when both axes are logarithmic; its slope is the exponent
ax.loglog(x, y, "o", markersize=4)
ax.set_xlabel("x")
ax.set_ylabel("y")
ax.set_title(f"Fitted slope {slope:.2f}")
