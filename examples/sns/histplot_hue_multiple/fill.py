# /// example
# # empty bins have undefined (NaN) proportions, hence nanmax
# task = """
# Draw a histogram of `response` from the DataFrame `trial`, split by `treatment` (hue), with 12 \
# shared bins and overlapping groups resolved with `multiple="fill"`, using seaborn `histplot` \
# on `fig, ax`; label the x axis "Response" and the y axis "Proportion" and add a title."""
# prompt = """
# Make a seaborn histogram of `response` from my DataFrame `trial`, split by `treatment` as hue, \
# with 12 shared bins, and normalise each bin so the groups fill it to 100% (show proportions per \
# bin) on `fig, ax`. Label the x axis "Response" and the y axis "Proportion" and add a title."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib']
# inputs = { trial = 'trial' }
# checks = [
#     "figure_summary(fig).axes[0].n_bars == 12 * trial['treatment'].nunique()",
#     'np.isclose(np.nanmax([p.get_y() + p.get_height() for p in ax.patches]), 1.0)',
#     "(lambda shown: len(shown) == len(set(shown)) and set(trial['treatment'].dropna().astype(str)) <= set(shown) <= set(trial['treatment'].cat.categories.astype(str)))(list(figure_summary(fig).axes[0].legend_labels))",
#     "figure_summary(fig).axes[0].xlabel == 'Response' and figure_summary(fig).axes[0].ylabel == 'Proportion' and figure_summary(fig).axes[0].title != ''",
# ]
# difficulty = 'intermediate'
# tags = ['histogram', 'semantic-mapping', 'parameter-choice']
# family = 'sns.histplot_hue_multiple'
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

fig, ax = plt.subplots(figsize=(6, 4))
# multiple="fill" scales every bin's stack to 1: it shows shares per bin and drops the counts
sns.histplot(data=trial, x="response", hue="treatment", bins=12, multiple="fill", ax=ax)
ax.set(xlabel="Response", ylabel="Proportion", title="Response by treatment (fill)")
