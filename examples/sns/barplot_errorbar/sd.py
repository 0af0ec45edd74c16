# /// example
# # the bar spans mean - sd to mean + sd; a site with one row has no sd and an empty (all-NaN) error bar
# task = """
# Draw the mean `response` per `site` of the DataFrame `trial` as a seaborn `barplot` on `fig, \
# ax` with error bars showing one standard deviation (`errorbar="sd"`, capped); label the axes \
# "Site" and "Mean response" and add a title."""
# prompt = """
# I'd like a seaborn bar chart of the mean `response` for each `site` in the DataFrame `trial`, \
# drawn on `fig, ax`, where the capped error bars show plus/minus one standard deviation rather \
# than a confidence interval. Label the axes "Site" and "Mean response" and add a title."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib']
# inputs = { trial = 'trial' }
# checks = [
#     "np.allclose([p.get_height() for p in ax.patches], trial.groupby('site', observed=True)['response'].mean())",
#     "len(ax.lines) == trial['site'].nunique()",
#     "np.allclose([(lambda y: y.max() - y.min() if y.size else np.nan)(ln.get_ydata()[~np.isnan(ln.get_ydata())]) for ln in ax.lines], 2 * trial.groupby('site', observed=True)['response'].std(), equal_nan=True)",
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
# "sd" draws ±1 standard deviation of the values: their spread, not the uncertainty of the mean
sns.barplot(data=trial, x="site", y="response", errorbar="sd", capsize=0.2, ax=ax)
ax.set(xlabel="Site", ylabel="Mean response", title="Mean response per site")
