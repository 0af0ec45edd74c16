# /// example
# task = """
# This code should draw a 2 x 2 grid of histograms (20 bins each) in the figure `fig`, one per \
# of the four columns `temperature`, `pressure`, `humidity` and `wind_speed` of `measurements`, each panel \
# titled with its column name, but it raises an error:
#
# ```python
# import matplotlib.pyplot as plt
#
# columns = ["temperature", "pressure", "humidity", "wind_speed"]
# fig, axes = plt.subplots(2, 2, figsize=(8, 6), layout="constrained")
# for i, column in enumerate(columns):
#     axes[i].hist(measurements[column], bins=20)
#     axes[i].set(title=column, xlabel=column, ylabel="count")
# ```
#
# ```text
# AttributeError: 'numpy.ndarray' object has no attribute 'hist'
# ```
#
# Fix it."""
# prompt = """
# I want a 2 x 2 grid of 20-bin histograms in `fig`, one for each of `temperature`, `pressure`, \
# `humidity` and `wind_speed` in my table `measurements`, titled by column:
#
# ```python
# import matplotlib.pyplot as plt
#
# columns = ["temperature", "pressure", "humidity", "wind_speed"]
# fig, axes = plt.subplots(2, 2, figsize=(8, 6), layout="constrained")
# for i, column in enumerate(columns):
#     axes[i].hist(measurements[column], bins=20)
#     axes[i].set(title=column, xlabel=column, ylabel="count")
# ```
#
# ```text
# AttributeError: 'numpy.ndarray' object has no attribute 'hist'
# ```
#
# Isn't `axes` a list of my four plots?"""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['matplotlib']
# inputs = { measurements = 'measurements' }
# checks = [
#     'figure_summary(fig).n_axes == 4',
#     'figure_summary(fig).titles == ["temperature", "pressure", "humidity", "wind_speed"]',
#     # each panel's bar heights are the 20-bin counts of its column
#     'all(np.array_equal(ax.bar_heights[0], np.histogram(measurements[c], bins=20)[0]) for ax, c in zip(figure_summary(fig).axes, ["temperature", "pressure", "humidity", "wind_speed"]))',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'subplots', 'histogram']
# edge_cases = true
# ///
import matplotlib.pyplot as plt

columns = ["temperature", "pressure", "humidity", "wind_speed"]
fig, axes = plt.subplots(2, 2, figsize=(8, 6), layout="constrained")
# a 2 x 2 grid returns a 2-D array of Axes: axes.flat walks it row by row
for ax, column in zip(axes.flat, columns, strict=True):
    ax.hist(measurements[column], bins=20)
    ax.set(title=column, xlabel=column, ylabel="count")
