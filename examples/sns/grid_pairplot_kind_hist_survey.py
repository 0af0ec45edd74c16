# /// example
# task = """
# Draw a seaborn `pairplot` of `income` and `score` from the table `survey` (which has missing \
# values) with `kind="hist"`: 2-D histograms off the diagonal and histograms on it, 10 bins \
# everywhere. Keep the grid in `g`."""
# prompt = """
# My `survey` table has gaps. Show me a seaborn `pairplot` of just `income` and `score`, \
# histogram kind: 2-D histograms for the pair and 1-D histograms on the diagonal, 10 bins each. \
# Keep the grid as `g`."""
# domain = 'visualization'
# libraries = ['seaborn', 'numpy']
# inputs = { survey = 'survey' }
# checks = [
#     'g.axes.shape == (2, 2) and g.x_vars == ["income", "score"]',
#     # each diagonal histogram counts that column's non-missing values in 10 bins
#     'all(np.array_equal(np.concatenate(axes_summary(ax).bar_heights), np.histogram(survey[c].dropna(), bins=10)[0]) for ax, c in zip(g.diag_axes, ["income", "score"]))',
#     # the 2-D histogram below the diagonal counts the rows where both are present
#     'sum(np.ma.filled(c.get_array(), 0).sum() for c in g.axes[1, 0].collections) == survey[["income", "score"]].dropna().shape[0]',
#     'all(np.ma.filled(c.get_array(), 0).size == 10 * 10 for c in g.axes[1, 0].collections)',
# ]
# difficulty = 'basic'
# tags = ['histogram', 'missing-data', 'correlation']
# edge_cases = { nan = true, min_size = 2, why = "missing values are what the task is about; a histogram of a pair needs two rows" }
# ///
import seaborn as sns

# plot_kws and diag_kws pass the bin count to the 2-D and the 1-D histograms
g = sns.pairplot(
    survey,
    vars=["income", "score"],
    kind="hist",
    plot_kws={"bins": 10},
    diag_kws={"bins": 10},
    height=2,
)
