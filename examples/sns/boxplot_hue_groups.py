# /// example
# task = """
# Draw box plots of `response` for each `site` of the DataFrame `trial`, with a box per \
# `treatment` side by side (hue) using seaborn `boxplot` on `fig, ax`; label the axes "Site" and \
# "Response", add a title and a legend titled "Treatment"."""
# prompt = """
# With seaborn, draw box plots of `response` for each `site` in the DataFrame `trial`, with one \
# box per `treatment` side by side within each site, on `fig, ax`. Label the axes "Site" and \
# "Response", add a title, and give the legend the title "Treatment"."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib']
# inputs = { trial = 'trial' }
# checks = [
#     "(lambda shown: len(shown) == len(set(shown)) and set(trial['site'].dropna().astype(str)) <= set(shown) <= set(trial['site'].cat.categories.astype(str)))(list(figure_summary(fig).axes[0].xticklabels))",
#     "len(ax.containers) == trial['treatment'].nunique()",
#     "(lambda shown: len(shown) == len(set(shown)) and set(trial['treatment'].dropna().astype(str)) <= set(shown) <= set(trial['treatment'].cat.categories.astype(str)))(list(figure_summary(fig).axes[0].legend_labels))",
#     "ax.get_legend().get_title().get_text() == 'Treatment'",
#     # one box per site and treatment, each at its group's median
#     "np.allclose(sorted(float(np.mean(m.get_ydata())) for c in ax.containers for m in c.medians), sorted(trial.groupby(['site', 'treatment'], observed=True)['response'].median().dropna()))",
#     "figure_summary(fig).axes[0].xlabel == 'Site' and figure_summary(fig).axes[0].ylabel == 'Response' and figure_summary(fig).axes[0].title != ''",
# ]
# difficulty = 'basic'
# tags = ['box-plot', 'semantic-mapping', 'categorical']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

fig, ax = plt.subplots(figsize=(7, 4))
sns.boxplot(data=trial, x="site", y="response", hue="treatment", ax=ax)
ax.set(xlabel="Site", ylabel="Response", title="Response by site and treatment")
# seaborn titles the legend with the hue column's name; renaming it goes through the Legend
ax.get_legend().set_title("Treatment")
