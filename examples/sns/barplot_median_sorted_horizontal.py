# /// example
# task = """
# Rank the sites of the DataFrame `trial` by median `response` (highest first) into the list \
# `order`, then draw horizontal bars of the median response per site in that order with seaborn \
# `barplot` (`estimator="median"`, no error bars) on `fig, ax`; label the x axis "Median \
# response" and the y axis "Site" and add a title."""
# prompt = """
# Rank the sites in my DataFrame `trial` by median `response`, highest first, into a list \
# `order`, then draw horizontal seaborn bars of each site's median response in that order on \
# `fig, ax`, with no error bars. X label "Median response", y label "Site", and a title."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas']
# inputs = { trial = 'trial' }
# checks = [
#     "[str(s) for s in order] == [str(s) for s in trial.groupby('site', observed=True)['response'].median().sort_values(ascending=False).index]",
#     'figure_summary(fig).axes[0].yticklabels == [str(s) for s in order]',
#     "np.allclose([p.get_width() for p in ax.patches], trial.groupby('site', observed=True)['response'].median().loc[order])",
#     'figure_summary(fig).axes[0].n_lines == 0',
#     "figure_summary(fig).axes[0].xlabel == 'Median response' and figure_summary(fig).axes[0].ylabel == 'Site'",
# ]
# difficulty = 'intermediate'
# tags = ['bar-chart', 'sorting']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

# barplot draws bars in category order, not by value: the ranking is computed here and passed
# as order
order = (
    trial.groupby("site", observed=True)["response"]
    .median()
    .sort_values(ascending=False)
    .index.tolist()
)
fig, ax = plt.subplots(figsize=(6, 3))
sns.barplot(
    data=trial, x="response", y="site", order=order, estimator="median", errorbar=None, ax=ax
)
ax.set(xlabel="Median response", ylabel="Site", title="Sites ranked by median response")
