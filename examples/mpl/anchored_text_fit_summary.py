# /// example
# task = """
# Fit a straight line to the points `x`, `y` by least squares and plot the points as a scatter \
# and the fitted line over the range of `x` on the Axes `ax` of the figure `fig`. Put a boxed text in the upper left \
# corner of the Axes (an `AnchoredText`, kept in `fit_box`) that reads exactly \
# "slope = <slope>\\nintercept = <intercept>\\nR² = <r2>", each number with 3 decimals, R² being \
# the squared Pearson correlation of `x` and `y`. Store the slope and intercept in `slope` and \
# `intercept`. Label the axes and add a title."""
# prompt = """
# Please fit a least-squares line to my points `x`, `y`, draw the points and the line (across \
# the range of `x`) on `ax` in `fig`, and add a boxed note anchored in the upper-left corner (`AnchoredText`, keep it as \
# `fit_box`) with three lines "slope = ...", "intercept = ...", "R² = ..." (3 decimals, R² the \
# squared correlation). Keep `slope` and `intercept`, and label the axes and add a title."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy', 'scipy.stats']
# inputs = { x = 'line.x', y = 'line.y' }
# checks = [
#     '(lambda fit: np.isclose(slope, fit.slope) and np.isclose(intercept, fit.intercept))(scipy.stats.linregress(x, y))',
#     '(lambda fit: fit_box.txt.get_text() == f"slope = {fit.slope:.3f}\nintercept = {fit.intercept:.3f}\nR² = {fit.rvalue ** 2:.3f}")(scipy.stats.linregress(x, y))',
#     # the loc code of "upper left"
#     'fit_box in ax.artists and fit_box.loc == matplotlib.offsetbox.AnchoredOffsetbox.codes["upper left"]',
#     'np.allclose(figure_summary(fig).axes[0].scatter_xy[0], np.column_stack([x, y])) and any(np.allclose(xy[:, 1], slope * xy[:, 0] + intercept) and np.isclose(xy[:, 0].min(), x.min()) and np.isclose(xy[:, 0].max(), x.max()) for xy in figure_summary(fig).axes[0].lines_xy)',
#     'ax.get_xlabel() != "" and ax.get_ylabel() != "" and ax.get_title() != ""',
# ]
# difficulty = 'intermediate'
# tags = ['annotation', 'regression', 'scatter-plot']
# edge_cases = { constant = false, why = 'a regression line and R² need x and y values that vary' }
# ///
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.offsetbox import AnchoredText
from scipy import stats

fit = stats.linregress(x, y)
slope, intercept = fit.slope, fit.intercept

fig, ax = plt.subplots()
ax.scatter(x, y, s=15, label="data")
x_line = np.array([x.min(), x.max()])
ax.plot(x_line, slope * x_line + intercept, color="tab:red", label="least-squares fit")
# AnchoredText keeps the box in the corner whatever the data limits are
fit_box = AnchoredText(
    f"slope = {slope:.3f}\nintercept = {intercept:.3f}\nR² = {fit.rvalue**2:.3f}",
    loc="upper left",
    frameon=True,
)
ax.add_artist(fit_box)
ax.set(xlabel="x", ylabel="y", title="Linear fit")
