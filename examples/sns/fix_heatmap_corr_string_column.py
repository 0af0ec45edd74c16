# /// example
# task = """
# This code should draw an annotated heatmap, in the figure `fig`, of the correlation matrix of \
# all numeric columns of the station table `stations` (its `station` column holds text ids), with \
# the colour scale fixed from -1 to 1, but it raises an error:
#
# ```python
# import matplotlib.pyplot as plt
# import seaborn as sns
#
# fig, ax = plt.subplots(figsize=(6, 5))
# sns.heatmap(stations.corr(), annot=True, vmin=-1, vmax=1, cmap="vlag", ax=ax)
# ax.set_title("Correlation between station variables")
# ```
#
# ```text
# ValueError: could not convert string to float: 'ST001'
# ```
#
# Fix it."""
# prompt = """
# I'd like an annotated correlation heatmap of the numeric columns of my `stations` table in \
# `fig`, colours fixed from -1 to 1. The table also has a text column `station`:
#
# ```python
# import matplotlib.pyplot as plt
# import seaborn as sns
#
# fig, ax = plt.subplots(figsize=(6, 5))
# sns.heatmap(stations.corr(), annot=True, vmin=-1, vmax=1, cmap="vlag", ax=ax)
# ax.set_title("Correlation between station variables")
# ```
#
# ```text
# ValueError: could not convert string to float: 'ST001'
# ```"""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas', 'numpy']
# inputs = { stations = 'stations' }
# checks = [
#     'np.allclose(figure_summary(fig).axes[0].mesh_arrays[0], stations.select_dtypes("number").corr().to_numpy().ravel(), equal_nan=True)',
#     'figure_summary(fig).axes[0].xticklabels == list(stations.select_dtypes("number").columns)',
#     'np.allclose(figure_summary(fig).axes[0].color_limits[0], (-1, 1))',
#     # one annotation per defined correlation
#     'figure_summary(fig).axes[0].n_texts == np.isfinite(stations.select_dtypes("number").corr().to_numpy()).sum()',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'heatmap', 'correlation']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

fig, ax = plt.subplots(figsize=(6, 5))
# numeric_only=True leaves out the text column `station`, which has no correlation
corr = stations.corr(numeric_only=True)
sns.heatmap(corr, annot=True, vmin=-1, vmax=1, cmap="vlag", ax=ax)
ax.set_title("Correlation between station variables")
