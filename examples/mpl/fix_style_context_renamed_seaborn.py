# /// example
# task = """
# This code, copied from an older tutorial, should plot the growth measurements `x`, `y` as \
# markers joined by a line in the figure `fig`, inside Matplotlib's bundled seaborn-like \
# "whitegrid" style (white background, light grey grid), but the style name raises an error:
#
# ```python
# import matplotlib.pyplot as plt
#
# with plt.style.context("seaborn-whitegrid"):
#     fig, ax = plt.subplots()
#     ax.plot(x, y, marker="o", markersize=4)
#     ax.set(xlabel="time (h)", ylabel="population", title="Growth curve")
# ```
#
# ```text
# OSError: 'seaborn-whitegrid' is not a valid package style, path of style file, URL of style file, or library style name (library styles are listed in `style.available`)
# ```
#
# Fix it."""
# prompt = """
# I'm following an older tutorial to plot my growth data `x`, `y` (markers and a line) in `fig` \
# with the seaborn "whitegrid" look that ships with Matplotlib:
#
# ```python
# import matplotlib.pyplot as plt
#
# with plt.style.context("seaborn-whitegrid"):
#     fig, ax = plt.subplots()
#     ax.plot(x, y, marker="o", markersize=4)
#     ax.set(xlabel="time (h)", ylabel="population", title="Growth curve")
# ```
#
# ```text
# OSError: 'seaborn-whitegrid' is not a valid package style, path of style file, URL of style file, or library style name (library styles are listed in `style.available`)
# ```
#
# The tutorial says this style exists. What happened to it?"""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['matplotlib']
# inputs = { x = 'growth.x', y = 'growth.y' }
# checks = [
#     'np.allclose(figure_summary(fig).axes[0].lines_xy[0], np.column_stack([x, y]))',
#     # the whitegrid look: white Axes background and visible light grey grid lines
#     '(lambda ax: matplotlib.colors.same_color(ax.get_facecolor(), "white") and all(g.get_visible() for g in ax.get_xgridlines() + ax.get_ygridlines()) and np.allclose(matplotlib.colors.to_rgb(ax.get_xgridlines()[0].get_color()), (0.8, 0.8, 0.8)))(fig.axes[0])',
#     'figure_summary(fig).axes[0].title == "Growth curve"',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'styling', 'line-plot']
# edge_cases = true
# ///
import matplotlib.pyplot as plt

# Matplotlib 3.6 renamed its bundled seaborn styles with a "seaborn-v0_8-" prefix
with plt.style.context("seaborn-v0_8-whitegrid"):
    fig, ax = plt.subplots()
    ax.plot(x, y, marker="o", markersize=4)
    ax.set(xlabel="time (h)", ylabel="population", title="Growth curve")
