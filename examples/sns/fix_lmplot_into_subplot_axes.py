# /// example
# task = """
# This code should put two regression plots side by side in the figure `fig`: station \
# `temperature` against `elevation_m` on the left and against `lat` on the right, from the \
# table `stations`, sharing the temperature axis, each with its fitted straight line and no \
# confidence band, but it raises an error:
#
# ```python
# import matplotlib.pyplot as plt
# import seaborn as sns
#
# fig, axes = plt.subplots(1, 2, figsize=(10, 4), sharey=True)
# for ax, column in zip(axes, ["elevation_m", "lat"]):
#     sns.lmplot(data=stations, x=column, y="temperature", ci=None, ax=ax)
#     ax.set_title(f"temperature vs {column}")
# ```
#
# ```text
# TypeError: lmplot() got an unexpected keyword argument 'ax'
# ```
#
# Fix it."""
# prompt = """
# I want two panels in one figure `fig` from my `stations` table: `temperature` vs `elevation_m` \
# and `temperature` vs `lat`, on a shared temperature axis, each with a fitted regression line \
# (no confidence band):
#
# ```python
# import matplotlib.pyplot as plt
# import seaborn as sns
#
# fig, axes = plt.subplots(1, 2, figsize=(10, 4), sharey=True)
# for ax, column in zip(axes, ["elevation_m", "lat"]):
#     sns.lmplot(data=stations, x=column, y="temperature", ci=None, ax=ax)
#     ax.set_title(f"temperature vs {column}")
# ```
#
# ```text
# TypeError: lmplot() got an unexpected keyword argument 'ax'
# ```"""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'numpy']
# inputs = { stations = 'stations' }
# checks = [
#     'figure_summary(fig).n_axes == 2 and all(ax.shares_y for ax in figure_summary(fig).axes)',
#     'all(np.allclose(ax.scatter_xy[0], stations[[c, "temperature"]].to_numpy()) for ax, c in zip(figure_summary(fig).axes, ["elevation_m", "lat"]))',
#     # each panel's line follows the least-squares fit of temperature on its column (none exists if the column is constant)
#     'all(np.ptp(stations[c]) == 0 or np.allclose(ax.lines_xy[0][:, 1], np.polyval(np.polyfit(stations[c], stations["temperature"], 1), ax.lines_xy[0][:, 0])) for ax, c in zip(figure_summary(fig).axes, ["elevation_m", "lat"]))',
#     # no confidence band: regplot draws it as a filled PolyCollection
#     'not any(isinstance(c, matplotlib.collections.PolyCollection) for a in fig.axes for c in a.collections)',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'regression', 'scatter-plot', 'subplots']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

fig, axes = plt.subplots(1, 2, figsize=(10, 4), sharey=True)
for ax, column in zip(axes, ["elevation_m", "lat"], strict=True):
    # lmplot makes its own figure; regplot is the Axes-level version that accepts ax=
    sns.regplot(data=stations, x=column, y="temperature", ci=None, ax=ax)
    ax.set_title(f"temperature vs {column}")
