# /// example
# task = """
# Draw a histogram of `response` from the DataFrame `trial`, split by `treatment` (hue), with 12 \
# shared bins and overlapping groups resolved with `multiple="stack"`, using seaborn `histplot` \
# on `fig, ax`; label the x axis "Response" and the y axis "Count" and add a title."""
# prompt = """
# Make a seaborn histogram of `response` from the DataFrame `trial` with `treatment` as hue and \
# 12 shared bins, stacking the groups on top of each other so the bar totals are the overall \
# counts, on `fig, ax`. Label the x axis "Response" and the y axis "Count" and add a title."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib']
# inputs = { trial = 'trial' }
# checks = [
#     "figure_summary(fig).axes[0].n_bars == 12 * trial['treatment'].nunique()",
#     "np.isclose(max(p.get_y() + p.get_height() for p in ax.patches), np.histogram(trial['response'].dropna(), bins=12)[0].max())",
#     "(lambda shown: len(shown) == len(set(shown)) and set(trial['treatment'].dropna().astype(str)) <= set(shown) <= set(trial['treatment'].cat.categories.astype(str)))(list(figure_summary(fig).axes[0].legend_labels))",
#     "figure_summary(fig).axes[0].xlabel == 'Response' and figure_summary(fig).axes[0].ylabel == 'Count' and figure_summary(fig).axes[0].title != ''",
# ]
# difficulty = 'intermediate'
# tags = ['histogram', 'semantic-mapping', 'parameter-choice']
# family = 'sns.histplot_hue_multiple'
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

fig, ax = plt.subplots(figsize=(6, 4))
# multiple="stack" piles the groups, so each bar's full height is the count of all treatments
sns.histplot(data=trial, x="response", hue="treatment", bins=12, multiple="stack", ax=ax)
ax.set(xlabel="Response", ylabel="Count", title="Response by treatment (stack)")
