# /// example
# task = """
# Fit a straight line to (`x`, `y`) with `np.polyfit` (`slope`, `intercept`, fitted values \
# `fitted`, residuals `residuals`) and draw two rows sharing the x axis with height ratio 3:1: \
# data and fitted line on top with a legend ("data" and the fitted equation), residuals with a \
# zero line below; label the axes and title the top panel. Keep the figure in `fig`."""
# prompt = """
# Fit a straight line to `x`, `y` with a degree-1 np.polyfit (`slope`, `intercept`, fitted values \
# `fitted`, residuals `residuals`), then draw two rows sharing the x axis with a 3:1 height \
# ratio: the data and fitted line on top with a legend whose entries are "data" and the fitted \
# equation, and the residuals with a zero line below. Label both y axes and the shared x axis on \
# the bottom panel, title the top panel, and keep the figure in `fig`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { x = 'line.x', y = 'line.y' }
# checks = [
#     'np.isclose(residuals.sum(), 0, atol=1e-8 * max(1.0, np.abs(y).sum()))',
#     'np.allclose([slope, intercept], np.polyfit(x, y, 1))',
#     'figure_summary(fig).axes[1].shares_x',
#     "len(figure_summary(fig).axes[0].legend_labels) == 2 and figure_summary(fig).axes[0].legend_labels[0] == 'data'",
#     # the top panel draws the least-squares line through the data as a line
#     'any(len(xy) >= 2 and np.allclose(xy[:, 1], np.polyval(np.polyfit(x, y, 1), xy[:, 0])) for xy in figure_summary(fig).axes[0].lines_xy)',
#     # the shared x axis is labelled below; both panels label their y axes
#     "figure_summary(fig).axes[0].ylabel != '' and figure_summary(fig).axes[1].xlabel != '' and figure_summary(fig).axes[1].ylabel != ''",
# ]
# difficulty = 'intermediate'
# tags = ['regression', 'residuals', 'subplots']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import numpy as np

slope, intercept = np.polyfit(x, y, deg=1)
fitted = slope * x + intercept
residuals = y - fitted

fig, (ax_fit, ax_res) = plt.subplots(2, 1, sharex=True, height_ratios=[3, 1], layout="constrained")
ax_fit.scatter(x, y, s=15, label="data")
ax_fit.plot(x, fitted, color="tab:red", label=f"y = {slope:.2f} x + {intercept:.2f}")
ax_fit.set_ylabel("y")
ax_fit.set_title("Linear fit")
ax_res.scatter(x, residuals, s=15)
# least-squares residuals average zero; a trend around this line means the model misses structure
ax_res.axhline(0, color="tab:red", linewidth=1)
ax_res.set_xlabel("x")
ax_res.set_ylabel("residual")
ax_fit.legend()
