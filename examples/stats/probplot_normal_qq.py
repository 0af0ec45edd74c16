# /// example
# task = """
# Draw a normal Q-Q plot of `skewed` on the Axes `ax` (figure `fig`) with `scipy.stats.probplot`, \
# keeping the theoretical and ordered quantiles in `theoretical` and `ordered` and the \
# least-squares fit in `slope`, `intercept` and `r`; title the plot "Normal Q-Q plot of skewed"."""
# prompt = """
# Make a normal Q-Q plot of `skewed` on an Axes `ax` in a figure `fig` using scipy's \
# probability-plot function, which also fits a least-squares line. Keep the theoretical and \
# ordered quantiles in `theoretical` and `ordered`, the fit in `slope`, `intercept` and `r`, and \
# title the plot "Normal Q-Q plot of skewed"."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'matplotlib']
# inputs = { skewed = 'skewed' }
# checks = [
#     "figure_summary().axes[0].title == 'Normal Q-Q plot of skewed'",
#     # the points and the fitted line
#     "(lambda ys: any(len(v) == len(ordered) and np.allclose(v, ordered) for v in ys) and any(len(v) == len(x) and np.allclose(v, slope * np.asarray(x, float) + intercept) for x, v in zip([l.get_xdata() for l in ax.lines], ys)))([np.asarray(l.get_ydata(), float) for l in ax.lines] + [np.asarray(c.get_offsets())[:, 1] for c in ax.collections])",
#     'np.array_equal(ordered, np.sort(skewed))',
#     'np.isclose(r, np.corrcoef(theoretical, ordered)[0, 1]) and np.isclose(slope, np.polyfit(theoretical, ordered, 1)[0])',
# ]
# difficulty = 'basic'
# tags = ['normality']
# [edge_cases]
# min_size = 2
# constant = false
# why = "the Q-Q line's fit and correlation need two or more values that vary"
# ///
import matplotlib.pyplot as plt
from scipy import stats

fig, ax = plt.subplots()
# plot=ax draws the points and the least-squares line on ax; the return nests the quantiles
# and the fit
(theoretical, ordered), (slope, intercept, r) = stats.probplot(skewed, dist="norm", plot=ax)
ax.set_title("Normal Q-Q plot of skewed")
