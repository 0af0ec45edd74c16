# /// example
# task = """
# The two treatment arms of the trial table `trial` have different sizes. This code should draw \
# the distribution of `response` per `treatment` with seaborn in the figure `fig`, as densities \
# where each arm's histogram has area 1 so the shapes compare; it runs, but each arm's area is \
# only its share of the patients:
#
# ```python
# import matplotlib.pyplot as plt
# import seaborn as sns
#
# fig, ax = plt.subplots()
# sns.histplot(data=trial, x="response", hue="treatment", stat="density", ax=ax)
# ax.set(xlabel="response", ylabel="density", title="Response by treatment")
# ```
#
# Fix it."""
# prompt = """
# My trial table `trial` has treatment arms of different sizes, and I want to compare the shape \
# of the `response` distribution per `treatment` as density histograms in `fig`, each arm \
# normalised to area 1 on its own:
#
# ```python
# import matplotlib.pyplot as plt
# import seaborn as sns
#
# fig, ax = plt.subplots()
# sns.histplot(data=trial, x="response", hue="treatment", stat="density", ax=ax)
# ax.set(xlabel="response", ylabel="density", title="Response by treatment")
# ```
#
# The smaller arm's histogram comes out flatter because the densities are shared across arms. \
# How do I normalise each arm separately?"""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib']
# inputs = { trial = 'trial' }
# checks = [
#     # one bar group per arm present, each integrating to 1
#     '(lambda s: len(s.bar_heights) == trial["treatment"].nunique() and all(np.isclose(np.sum(np.asarray(h) * np.diff(e)), 1.0) for h, e in zip(s.bar_heights, s.bar_edges)))(figure_summary(fig).axes[0])',
#     # a legend entry per arm (seaborn may list unused categories too)
#     "(lambda shown: len(shown) == len(set(shown)) and set(trial['treatment'].astype(str)) <= set(shown) <= set(trial['treatment'].cat.categories.astype(str)))(list(figure_summary(fig).axes[0].legend_labels))",
#     'figure_summary(fig).axes[0].title != ""',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'histogram', 'semantic-mapping']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

fig, ax = plt.subplots()
# common_norm=False scales each hue level to its own total instead of all arms together
sns.histplot(data=trial, x="response", hue="treatment", stat="density", common_norm=False, ax=ax)
ax.set(xlabel="response", ylabel="density", title="Response by treatment")
