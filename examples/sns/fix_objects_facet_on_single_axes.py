# /// example
# task = """
# This code should draw the mean `score` over `time` from the long table `rm_long` as one panel \
# per `condition` with the seaborn objects interface, into the figure `fig`, but it raises:
#
# ```python
# import matplotlib.pyplot as plt
# import seaborn.objects as so
#
# fig, ax = plt.subplots(figsize=(6, 3))
# (
#     so.Plot(rm_long, x="time", y="score")
#     .facet(col="condition")
#     .add(so.Line(marker="o"), so.Agg())
#     .label(x="time", y="mean score")
#     .on(ax)
#     .plot()
# )
# ```
#
# ```text
# RuntimeError: Cannot create multiple subplots after calling `Plot.on` with a <class 'matplotlib.axes._axes.Axes'> object.  You may want to use a <class 'matplotlib.figure.SubFigure'> instead.
# ```
#
# Fix it so `fig` holds one panel per condition, each titled with its condition, with the axis \
# labels "time" and "mean score"."""
# prompt = """
# I'm faceting with seaborn.objects (mean `score` by `time`, one panel per `condition` of \
# `rm_long`) into my figure `fig`, and get this error:
#
# ```python
# import matplotlib.pyplot as plt
# import seaborn.objects as so
#
# fig, ax = plt.subplots(figsize=(6, 3))
# (
#     so.Plot(rm_long, x="time", y="score")
#     .facet(col="condition")
#     .add(so.Line(marker="o"), so.Agg())
#     .label(x="time", y="mean score")
#     .on(ax)
#     .plot()
# )
# ```
#
# ```text
# RuntimeError: Cannot create multiple subplots after calling `Plot.on` with a <class 'matplotlib.axes._axes.Axes'> object.  You may want to use a <class 'matplotlib.figure.SubFigure'> instead.
# ```
#
# Each panel should be titled with its condition; labels "time" and "mean score"."""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas']
# inputs = { rm_long = 'rm_long' }
# checks = [
#     'sorted(a.get_title() for a in fig.axes) == sorted(rm_long["condition"].astype(str).unique())',
#     # each panel's line runs through its condition's mean score at each time
#     '(lambda means: all(np.allclose(a.lines[0].get_xydata(), np.column_stack([means.loc[a.get_title()].index.to_numpy(dtype=float), means.loc[a.get_title()].to_numpy()])) for a in fig.axes))(rm_long.assign(condition=rm_long["condition"].astype(str)).groupby(["condition", "time"])["score"].mean())',
#     'figure_summary(fig).axes[0].ylabel == "mean score" and all(x == "time" for x in figure_summary(fig).xlabels)',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'facets', 'line-plot']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn.objects as so

# faceting creates its own subplots, so target the figure, not one Axes
fig = plt.figure(figsize=(6, 3))
(
    so.Plot(rm_long, x="time", y="score")
    .facet(col="condition")
    .add(so.Line(marker="o"), so.Agg())
    .label(x="time", y="mean score")
    .on(fig)
    .plot()
)
