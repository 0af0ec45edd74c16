# /// example
# task = """
# This code should scatter `response` against `dose` from the trial table `trial`, coloured by \
# the `treatment` column, in the figure `fig`, but it raises an error:
#
# ```python
# import matplotlib.pyplot as plt
# import seaborn as sns
#
# fig, ax = plt.subplots()
# sns.scatterplot(data=trial, x="dose", y="response", hue="Treatment", ax=ax)
# ax.set(xlabel="dose (mg)", ylabel="response", title="Response by dose")
# ```
#
# ```text
# ValueError: Could not interpret value `Treatment` for `hue`. An entry with this name does not appear in `data`.
# ```
#
# Fix it."""
# prompt = """
# I want a scatter of `response` against `dose` from my table `trial`, with the points coloured \
# by `treatment`, in `fig`:
#
# ```python
# import matplotlib.pyplot as plt
# import seaborn as sns
#
# fig, ax = plt.subplots()
# sns.scatterplot(data=trial, x="dose", y="response", hue="Treatment", ax=ax)
# ax.set(xlabel="dose (mg)", ylabel="response", title="Response by dose")
# ```
#
# and get
#
# ```text
# ValueError: Could not interpret value `Treatment` for `hue`. An entry with this name does not appear in `data`.
# ```
#
# The column is right there in the table. What's wrong?"""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib']
# inputs = { trial = 'trial' }
# checks = [
#     # every row drawn once, whatever the order of the points
#     'np.allclose(np.sort(np.vstack(figure_summary(fig).axes[0].scatter_xy), axis=0), np.sort(trial[["dose", "response"]].to_numpy(), axis=0))',
#     # one legend entry per treatment (seaborn may list unused categories too)
#     "(lambda shown: len(shown) == len(set(shown)) and set(trial['treatment'].astype(str)) <= set(shown) <= set(trial['treatment'].cat.categories.astype(str)))(list(figure_summary(fig).axes[0].legend_labels))",
#     'figure_summary(fig).axes[0].xlabel == "dose (mg)" and figure_summary(fig).axes[0].title != ""',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'scatter-plot', 'semantic-mapping']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

fig, ax = plt.subplots()
# column names are case-sensitive: the column is "treatment"
sns.scatterplot(data=trial, x="dose", y="response", hue="treatment", ax=ax)
ax.set(xlabel="dose (mg)", ylabel="response", title="Response by dose")
