# /// example
# task = """
# Draw one horizontal box per column of the numeric table `measurements` with seaborn's `boxplot` \
# on `fig, ax` (wide-form data, the column names as y tick labels), with the whiskers reaching the \
# smallest and largest value of each column (`whis=(0, 100)`) so that no point is drawn as an \
# outlier. Label the x axis "value"."""
# prompt = """
# Horizontal box plots of every column of my `measurements` table with seaborn on `fig, ax`, \
# column names on the y axis. I don't want any outlier dots: make the whiskers span the full range, \
# minimum to maximum, of each column. X label "value"."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas']
# inputs = { measurements = 'measurements' }
# checks = [
#     'figure_summary(fig).axes[0].yticklabels == [str(c) for c in measurements.columns]',
#     # around each box position the drawn lines span exactly the column's minimum to maximum
#     '(lambda pts: all(np.isclose(pts[np.abs(pts[:, 1] - i) <= 0.45, 0].min(), measurements[c].min()) and np.isclose(pts[np.abs(pts[:, 1] - i) <= 0.45, 0].max(), measurements[c].max()) for i, c in enumerate(measurements.columns) if measurements[c].notna().any()))(np.vstack([ln.get_xydata() for ln in ax.lines if len(ln.get_xydata())]))',
#     # no outlier markers: no line with data draws a visible marker
#     'all(len(ln.get_xdata()) == 0 or len(matplotlib.markers.MarkerStyle(ln.get_marker()).get_path().vertices) == 0 for ln in ax.lines)',
#     'figure_summary(fig).axes[0].xlabel == "value"',
# ]
# difficulty = 'basic'
# tags = ['box-plot', 'outliers']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

fig, ax = plt.subplots(figsize=(6, 3.5))
# whis=(0, 100) puts the whiskers at the 0th and 100th percentiles, so nothing counts as a flier
sns.boxplot(data=measurements, whis=(0, 100), orient="h", ax=ax)
ax.set(xlabel="value", title="Measurements, full range")
