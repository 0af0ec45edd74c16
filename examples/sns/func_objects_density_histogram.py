# /// example
# task = '''
# Write a function `density_histogram` with the signature and docstring below, using the seaborn
# objects interface (`seaborn.objects`), then draw the sample `skewed` with it in 15 bins; keep the
# figure in `fig`, label the axes and add a title.
#
# ```python
# def density_histogram(values, ax, bins=20):
#     """Draw a density histogram of the 1-D array `values` on `ax` with
#     seaborn.objects: bars (`so.Bar`) of `so.Hist(stat="density", bins=bins)`,
#     `bins` equal-width bins over the range of the values, so the bar areas
#     sum to 1. Missing values (NaN) are ignored. Returns `ax`.
#     """
# ```'''
# prompt = """
# Using seaborn's objects interface, please write `density_histogram(values, ax, bins=20)` that \
# draws a density-scaled histogram of a 1-D array on `ax` as bars (`so.Bar` with \
# `so.Hist(stat="density")`), with `bins` equal-width bins spanning the data so the bar areas add \
# up to 1, ignoring NaNs, and returns `ax`. Then use it on my `skewed` sample with 15 bins in a \
# figure `fig` with axis labels and a title."""
# task_type = 'function'
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'numpy']
# inputs = { skewed = 'skewed' }
# checks = [
#     # seaborn's Bar skips empty bins: compare the drawn bars, in bin order, with the non-empty densities
#     '(lambda ax, v: (density_histogram(v, ax, bins=4), (lambda s, d: np.allclose(np.concatenate(s.bar_heights)[np.argsort(np.concatenate(s.bar_centers))], d[d > 0]))(axes_summary(ax), np.histogram(v, bins=4, density=True)[0]))[1])(matplotlib.pyplot.subplots()[1], np.array([0.0, 1.0, 1.5, 2.0, 2.2, 3.9, 4.0, 4.0]))',
#     '(lambda ax, v: (density_histogram(v, ax, bins=3), (lambda s, d: np.allclose(np.concatenate(s.bar_heights)[np.argsort(np.concatenate(s.bar_centers))], d[d > 0]) and np.allclose(np.sort(np.concatenate(s.bar_centers)), (lambda e: (e[:-1] + e[1:]) / 2)(np.histogram_bin_edges(v[~np.isnan(v)], bins=3))[d > 0]))(axes_summary(ax), np.histogram(v[~np.isnan(v)], bins=3, density=True)[0]))[1])(matplotlib.pyplot.subplots()[1], np.array([10.0, np.nan, 12.0, 19.0, 11.0, np.nan]))',
#     '(lambda ax: density_histogram(np.array([1.0, 2.0, 3.0, 4.0, 5.0]), ax) is ax and np.isclose(sum(h * w for h, w in zip(np.concatenate(axes_summary(ax).bar_heights), np.full(5, 4 / 20), strict=False)), 1.0) and len(np.concatenate(axes_summary(ax).bar_heights)) == 5)(matplotlib.pyplot.subplots()[1])',
#     '(lambda v: (lambda d, s: np.allclose(np.concatenate(s.bar_heights)[np.argsort(np.concatenate(s.bar_centers))], d[d > 0]))(np.histogram(v, bins=15, density=True)[0], figure_summary(fig).axes[0]))(skewed[~np.isnan(skewed)])',
#     'figure_summary(fig).axes[0].xlabel != "" and figure_summary(fig).axes[0].ylabel != "" and figure_summary(fig).axes[0].title != ""',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'histogram', 'density-estimation']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn.objects as so


def density_histogram(values, ax, bins=20):
    """Draw a density histogram of the 1-D array `values` on `ax` with
    seaborn.objects: bars (`so.Bar`) of `so.Hist(stat="density", bins=bins)`,
    `bins` equal-width bins over the range of the values, so the bar areas
    sum to 1. Missing values (NaN) are ignored. Returns `ax`.
    """
    # stat="density" divides each count by n times the bin width
    so.Plot(x=values).add(so.Bar(), so.Hist(stat="density", bins=bins)).on(ax).plot()
    return ax


fig, ax = plt.subplots()
density_histogram(skewed, ax, bins=15)
ax.set(xlabel="value", ylabel="density", title="Distribution of the skewed sample")
