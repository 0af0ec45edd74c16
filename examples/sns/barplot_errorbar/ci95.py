# /// example
# # the interval holds the mean (a constant site's interval is the mean itself, up to rounding);
# # a site with one row has none
# task = """
# Draw the mean `response` per `site` of the DataFrame `trial` as a seaborn `barplot` on `fig, \
# ax` with error bars showing a 95% bootstrap confidence interval (`errorbar=("ci", 95)`, \
# capped); label the axes "Site" and "Mean response" and add a title."""
# prompt = """
# Using seaborn, plot the mean `response` per `site` from my DataFrame `trial` as bars on `fig, \
# ax`, with capped error bars showing a 95% bootstrap confidence interval. Axis labels "Site" and \
# "Mean response", and a title please."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib']
# inputs = { trial = 'trial' }
# checks = [
#     "np.allclose([p.get_height() for p in ax.patches], trial.groupby('site', observed=True)['response'].mean())",
#     "len(ax.lines) == trial['site'].nunique()",
#     'all(y.size == 0 or y.min() - 1e-9 * abs(h) <= h <= y.max() + 1e-9 * abs(h) for y, h in ((ln.get_ydata()[~np.isnan(ln.get_ydata())], p.get_height()) for ln, p in zip(ax.lines, ax.patches)))',
#     # a 95% bootstrap interval of a mean spans about 2 * 1.96 * sd / sqrt(n), an "sd" bar 2 * sd and an
#     # "se" bar 2 * sd / sqrt(n): compare each bar of a site with 20 or more varying rows (values scaled by their largest)
#     "all(0.6 <= np.ptp(y[~np.isnan(y)]) / m / (3.92 * (g / m).std(ddof=0) / np.sqrt(len(g))) <= 1.5 for ln, (_, g) in zip(ax.lines, trial.groupby('site', observed=True)['response']) for y, m in [(ln.get_ydata(), g.abs().max())] if len(g) >= 20 and m > 0 and (g / m).std(ddof=0) > 1e-9)",
#     # capped: each error line carries caps, so it spans some width along x
#     'all(np.nanmax(ln.get_xdata()) > np.nanmin(ln.get_xdata()) for ln in ax.lines)',
#     "figure_summary(fig).axes[0].xlabel == 'Site'",
#     "figure_summary(fig).axes[0].ylabel == 'Mean response' and figure_summary(fig).axes[0].title != ''",
# ]
# difficulty = 'basic'
# tags = ['bar-chart', 'error-bars', 'parameter-choice']
# family = 'sns.barplot_errorbar'
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

fig, ax = plt.subplots(figsize=(5, 4))
# ("ci", 95) is a bootstrap interval: without a seed its extent varies slightly between runs
sns.barplot(data=trial, x="site", y="response", errorbar=("ci", 95), capsize=0.2, ax=ax)
ax.set(xlabel="Site", ylabel="Mean response", title="Mean response per site")
