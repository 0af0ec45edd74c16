# /// example
# task = """
# The DataFrame `df` has one numeric column per measured quantity. This code should draw one box \
# per column with seaborn on `fig, ax`, the column names along the x axis, but it raises an error:
#
# ```python
# import matplotlib.pyplot as plt
# import seaborn as sns
#
# fig, ax = plt.subplots()
# sns.boxplot(data=df, x="quantity", y="value", ax=ax)
# ax.set(xlabel="quantity", ylabel="value", title="Distribution of each measurement")
# ```
#
# ```text
# ValueError: Could not interpret value `quantity` for `x`. An entry with this name does not appear in `data`.
# ```
#
# Fix it."""
# prompt = """
# My DataFrame `df` has one column per quantity (temperature, pressure, ...), and I want a box \
# plot with one box per column, their names on the x axis, on `fig, ax`:
#
# ```python
# import matplotlib.pyplot as plt
# import seaborn as sns
#
# fig, ax = plt.subplots()
# sns.boxplot(data=df, x="quantity", y="value", ax=ax)
# ax.set(xlabel="quantity", ylabel="value", title="Distribution of each measurement")
# ```
#
# Seaborn says
#
# ```text
# ValueError: Could not interpret value `quantity` for `x`. An entry with this name does not appear in `data`.
# ```
#
# There is no such column, true, but how do I get the plot?"""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas']
# inputs = { df = 'measurements' }
# checks = [
#     'list(figure_summary(fig).axes[0].xticklabels) == [str(name) for name in df.columns]',
#     # one box per column, its median line at the column's median
#     'np.allclose([line.get_ydata()[0] for boxes in ax.containers for line in boxes.medians], df.median().to_numpy())',
#     'figure_summary(fig).axes[0].ylabel != "" and figure_summary(fig).axes[0].title != ""',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'box-plot', 'reshaping']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

# x="quantity" and y="value" name columns of a long table: melt the wide frame into one first
long = df.melt(var_name="quantity", value_name="value")
fig, ax = plt.subplots()
sns.boxplot(data=long, x="quantity", y="value", ax=ax)
ax.set(xlabel="quantity", ylabel="value", title="Distribution of each measurement")
