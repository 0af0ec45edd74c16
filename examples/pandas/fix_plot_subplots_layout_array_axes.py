# /// example
# task = """
# This code should draw the four quantities of `measurements` (one line each) in a 2 x 2 grid of \
# panels sharing the x axis (pandas `subplots=True` with `layout=(2, 2)`), give every panel the y \
# label "reading" and the figure the title "Measurement channels", keeping the figure in `fig`, \
# but it raises:
#
# ```python
# import matplotlib.pyplot as plt
#
# axes = measurements.plot(subplots=True, layout=(2, 2), sharex=True, figsize=(8, 6))
# axes.set_ylabel("reading")
# fig = plt.gcf()
# fig.suptitle("Measurement channels")
# ```
#
# ```text
# AttributeError: 'numpy.ndarray' object has no attribute 'set_ylabel'
# ```
#
# Fix it."""
# prompt = """
# I plot each of the 4 columns of my `measurements` frame in its own panel of a 2 x 2 grid (shared x \
# axis) and want the y label "reading" on every panel and "Measurement channels" as the figure \
# title, the figure in `fig`:
#
# ```python
# import matplotlib.pyplot as plt
#
# axes = measurements.plot(subplots=True, layout=(2, 2), sharex=True, figsize=(8, 6))
# axes.set_ylabel("reading")
# fig = plt.gcf()
# fig.suptitle("Measurement channels")
# ```
#
# It stops with
#
# ```text
# AttributeError: 'numpy.ndarray' object has no attribute 'set_ylabel'
# ```
#
# What's going on?"""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['pandas', 'matplotlib']
# inputs = { measurements = 'measurements' }
# checks = [
#     'figure_summary(fig).n_axes == 4',
#     'all(panel.shares_x for panel in figure_summary(fig).axes)',
#     'all(np.allclose(panel.lines_xy[0][:, 1], measurements[column].to_numpy()) for panel, column in zip(figure_summary(fig).axes, measurements.columns))',
#     'figure_summary(fig).ylabels == ["reading"] * 4',
#     'figure_summary(fig).suptitle == "Measurement channels"',
#     'all(panel.legend_labels == [column] for panel, column in zip(figure_summary(fig).axes, measurements.columns))',
# ]
# difficulty = 'advanced'
# tags = ['debugging', 'subplots', 'line-plot']
# edge_cases = { extra_columns = false, why = "the 2 x 2 grid holds exactly the four quantities of the table" }
# ///
# with subplots=True pandas returns a NumPy array of Axes (2-D for a 2 x 2 layout), not one
# Axes: label each panel in turn and take the figure from one of them
axes = measurements.plot(subplots=True, layout=(2, 2), sharex=True, figsize=(8, 6))
for panel in axes.ravel():
    panel.set_ylabel("reading")
fig = axes[0, 0].figure
fig.suptitle("Measurement channels")
