# /// example
# task = """
# Check the linear model of `y` on `x` for structure left in the residuals: draw the residuals of \
# a straight-line fit with seaborn `residplot` on `fig, ax` (the zero line is drawn for you); \
# label the axes "x" and "Residual" and add a title."""
# prompt = """
# Is there structure left after fitting a straight line of `y` on `x`? Plot the residuals of the \
# linear fit with seaborn on `fig, ax`, with a horizontal zero reference line; label the axes "x" \
# and "Residual" and add a title."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib']
# inputs = { x = 'growth.x', y = 'growth.y' }
# checks = [
#     'np.allclose(ax.collections[0].get_offsets()[:, 1], y - np.polyval(np.polyfit(x, y, 1), x))',
#     'any(np.allclose(ln.get_ydata(), 0) for ln in ax.lines)',
#     "figure_summary(fig).axes[0].ylabel == 'Residual' and figure_summary(fig).axes[0].title != ''",
# ]
# difficulty = 'basic'
# tags = ['regression', 'residuals']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

fig, ax = plt.subplots(figsize=(6, 3))
# residplot fits y on x by least squares and plots what is left; a curve in it means non-linearity
sns.residplot(x=x, y=y, scatter_kws={"s": 15}, ax=ax)
ax.set(xlabel="x", ylabel="Residual", title="Residuals of the linear fit")
