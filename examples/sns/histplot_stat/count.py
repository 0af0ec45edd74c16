# /// example
# task = """
# Draw a histogram of the 1-D array `values` with seaborn `histplot` on `fig, ax` using 20 bins \
# and `stat="count"` for the bar heights; label the x axis "Value", the y axis "Count" and add a \
# title."""
# prompt = """
# Draw a seaborn histogram of my 1-D array `values` on `fig, ax` with 20 bins whose heights are \
# raw counts; label the x axis "Value" and the y axis "Count" and add a title."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib']
# inputs = { values = 'values' }
# checks = [
#     'figure_summary(fig).axes[0].n_bars == 20',
#     'np.isclose(sum(p.get_height() for p in ax.patches), len(values))',
#     "figure_summary(fig).axes[0].ylabel == 'Count' and figure_summary(fig).axes[0].title != ''",
# ]
# difficulty = 'basic'
# tags = ['histogram', 'parameter-choice']
# family = 'sns.histplot_stat'
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

fig, ax = plt.subplots(figsize=(6, 4))
# "count" (the default stat) gives raw counts, which grow with the sample size and bin width
sns.histplot(x=values, bins=20, stat="count", ax=ax)
ax.set(xlabel="Value", ylabel="Count", title="Distribution of values (count)")
