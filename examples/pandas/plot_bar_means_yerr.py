# /// example
# task = """
# Summarise each column of `measurements` by its mean and standard deviation (`std`, ddof=1) and \
# draw the means as a vertical bar chart with `DataFrame.plot.bar`, one bar per quantity, with \
# the standard deviations as error bars (`yerr`), horizontal tick labels, a y label and a title. \
# Store the summary table in `summary` (rows `mean` and `std`, one column per quantity) and keep \
# the figure in `fig` and its Axes in `ax`."""
# prompt = """
# For each column of `measurements`, compute the mean and the (sample, ddof=1) standard deviation \
# into a table `summary` with rows `mean` and `std`. Then, with pandas' plotting, draw the means \
# as vertical bars with the standard deviations as error bars, tick labels not rotated, a y-axis \
# label and a title. Keep the figure in `fig` and the Axes in `ax`."""
# domain = 'visualization'
# libraries = ['pandas', 'matplotlib']
# inputs = { measurements = 'measurements' }
# checks = [
#     'np.allclose(summary.loc["mean"], measurements.mean()) and np.allclose(summary.loc["std"], measurements.std(), equal_nan=True)',
#     'np.allclose(figure_summary(fig).axes[0].bar_heights[0], measurements.mean())',
#     'figure_summary(fig).axes[0].xticklabels == list(measurements.columns)',
#     'all(label.get_rotation() == 0 for label in ax.get_xticklabels())',
#     # each error bar spans mean +/- std
#     'np.allclose(np.diff(figure_summary(fig).axes[0].errorbar_spans[0], axis=1).ravel(), 2 * measurements.std(), equal_nan=True)',
#     'figure_summary(fig).axes[0].ylabel != "" and figure_summary(fig).axes[0].title != ""',
# ]
# difficulty = 'basic'
# tags = ['bar-chart', 'error-bars', 'descriptive-statistics', 'column-wise']
# edge_cases = true
# ///
import matplotlib.pyplot as plt

summary = measurements.agg(["mean", "std"])

fig, ax = plt.subplots(figsize=(7, 4))
# transposed, each quantity is a row: y= picks the bar heights and yerr= the error column
# (rot=0 keeps the names horizontal; bar charts rotate them by default)
summary.T.plot.bar(y="mean", yerr="std", capsize=4, rot=0, legend=False, ax=ax)
ax.set_ylabel("mean value (units of each quantity)")
ax.set_title("Mean and standard deviation per quantity")
