# /// example
# task = """
# Use seaborn's figure-level `lmplot` on the table `dose_response` (`concentration`, `response`) \
# to fit `response` as a straight line in the logarithm of `concentration` (`logx=True`), with \
# no confidence band, and show the concentration axis on a log scale. Keep the grid in `g`."""
# prompt = """
# My `dose_response` table has `concentration` spanning several decades and a `response`. With \
# seaborn's `lmplot`, fit response against log concentration (`logx=True`), skip the confidence \
# band, and put the x axis on a log scale so the fit shows as a straight line. Keep the grid as `g`."""
# domain = 'visualization'
# libraries = ['seaborn', 'numpy']
# inputs = { dose_response = 'dose_response' }
# checks = [
#     'g.ax.get_xscale() == "log"',
#     # the fitted line follows response = a * ln(concentration) + b
#     '(lambda xy: np.allclose(xy[:, 1], np.polyval(np.polyfit(np.log(dose_response["concentration"]), dose_response["response"], 1), np.log(xy[:, 0]))))(axes_summary(g.ax).lines_xy[0])',
#     'np.allclose(np.sort(axes_summary(g.ax).scatter_xy[0][:, 0]), np.sort(dose_response["concentration"]))',
#     # no band around the line
#     'axes_summary(g.ax).n_collections == 1',
# ]
# difficulty = 'intermediate'
# tags = ['regression', 'feature-engineering', 'applied-science']
# edge_cases = true
# ///
import seaborn as sns

# logx=True fits y ~ log(x), which is a straight line once the x axis is logarithmic
g = sns.lmplot(data=dose_response, x="concentration", y="response", logx=True, ci=None, height=3)
g.set(xscale="log")
