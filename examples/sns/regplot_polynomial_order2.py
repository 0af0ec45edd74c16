# /// example
# task = """
# Fit and draw a second-order polynomial regression of `y` on `x` with seaborn `regplot` \
# (`order=2`, no confidence band to keep it fast) on `fig, ax`, and also draw the straight-line \
# fit in a dashed style for comparison, with a legend listing "quadratic" then "linear"; label \
# the axes and add a title."""
# prompt = """
# The relationship between `x` and `y` looks curved. On `fig, ax`, draw the points and fit a \
# second-order polynomial regression line with seaborn (no confidence band, to keep it fast), \
# then add the straight-line fit as a dashed line for comparison; the quadratic line should be \
# drawn first, and the legend should list "quadratic" then "linear". Label the axes and add a \
# title."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib']
# inputs = { x = 'peak.x', y = 'peak.y' }
# checks = [
#     'np.allclose(ax.lines[0].get_ydata(), np.polyval(np.polyfit(x, y, 2), ax.lines[0].get_xdata()))',
#     'np.allclose(ax.lines[1].get_ydata(), np.polyval(np.polyfit(x, y, 1), ax.lines[1].get_xdata()))',
#     "figure_summary(fig).axes[0].legend_labels == ['quadratic', 'linear']",
#     # the straight-line fit is the dashed one
#     "ax.lines[1].get_linestyle() == '--'",
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != '' and figure_summary(fig).axes[0].title != ''",
# ]
# difficulty = 'intermediate'
# tags = ['regression', 'model-selection']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

fig, ax = plt.subplots(figsize=(6, 4))
sns.scatterplot(x=x, y=y, color="gray", s=12, ax=ax)
# with scatter=False, regplot's `label` goes to the fitted line
sns.regplot(x=x, y=y, order=2, ci=None, scatter=False, label="quadratic", ax=ax)
sns.regplot(x=x, y=y, ci=None, scatter=False, label="linear", line_kws={"linestyle": "--"}, ax=ax)
ax.set(xlabel="x", ylabel="y", title="Quadratic vs linear fit")
ax.legend()
