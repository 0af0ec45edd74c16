# /// example
# task = """
# Draw a histogram of the 1-D array `values` with seaborn `histplot` on `fig, ax` using 20 bins \
# and `stat="density"` for the bar heights; label the x axis "Value", the y axis "Density" and \
# add a title."""
# prompt = """
# Plot a seaborn histogram of the 1-D array `values` on `fig, ax` with 20 bins, normalised as a \
# density so the bar areas sum to 1; label the x axis "Value" and the y axis "Density" and add a \
# title."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib']
# inputs = { values = 'values' }
# checks = [
#     'figure_summary(fig).axes[0].n_bars == 20',
#     'np.isclose(sum(p.get_height() * p.get_width() for p in ax.patches), 1.0)',
#     "figure_summary(fig).axes[0].ylabel == 'Density' and figure_summary(fig).axes[0].title != ''",
# ]
# difficulty = 'basic'
# tags = ['histogram', 'parameter-choice']
# family = 'sns.histplot_stat'
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

fig, ax = plt.subplots(figsize=(6, 4))
# stat="density" scales the bars to unit total area, comparable with a probability density
sns.histplot(x=values, bins=20, stat="density", ax=ax)
ax.set(xlabel="Value", ylabel="Density", title="Distribution of values (density)")
