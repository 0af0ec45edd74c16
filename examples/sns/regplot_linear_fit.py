# /// example
# task = """
# Plot the points `x`, `y` with a least-squares regression line and its 95% confidence band using \
# seaborn `regplot` on `fig, ax` (small grey points, red line); label the axes and add a title."""
# prompt = """
# Plot my points `x`, `y` with a least-squares regression line and its 95% confidence band using \
# seaborn on `fig, ax`, with small grey points and a red line. Label the x axis "x" (and the y \
# axis) and add a title."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib']
# inputs = { x = 'line.x', y = 'line.y' }
# checks = [
#     'np.allclose(ax.lines[0].get_ydata(), np.polyval(np.polyfit(x, y, 1), ax.lines[0].get_xdata()))',
#     'len(ax.collections[0].get_offsets()) == len(x)',
#     # the confidence band: a filled region over the fitted line's x range that contains the line
#     '(lambda lx, ly, tol: any(len(c.get_paths()) > 0 and np.allclose([v[:, 0].min(), v[:, 0].max()], [lx.min(), lx.max()]) and v[:, 1].min() <= ly.min() + tol and v[:, 1].max() >= ly.max() - tol for c in ax.collections[1:] for v in [c.get_paths()[0].vertices]))(ax.lines[0].get_xdata(), ax.lines[0].get_ydata(), 1e-6 * (1 + np.abs(ax.lines[0].get_ydata()).max()))',
#     "figure_summary(fig).axes[0].xlabel == 'x' and figure_summary(fig).axes[0].title != ''",
# ]
# difficulty = 'basic'
# tags = ['regression', 'confidence-interval']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

fig, ax = plt.subplots(figsize=(6, 4))
# the band is a bootstrap 95 % interval for the fitted line, not for individual points
sns.regplot(
    x=x, y=y, ci=95, scatter_kws={"s": 15, "color": "gray"}, line_kws={"color": "red"}, ax=ax
)
ax.set(xlabel="x", ylabel="y", title="Linear fit with 95% confidence band")
