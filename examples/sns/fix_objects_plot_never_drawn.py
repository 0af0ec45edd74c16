# /// example
# task = """
# This code should draw station `temperature` against `elevation_m` from the table `stations` as \
# dots with the seaborn objects interface, onto the Axes `ax` of the figure `fig`, with the axis \
# labels "elevation (m)" and "temperature (C)". It runs without an error, but `ax` stays empty:
#
# ```python
# import matplotlib.pyplot as plt
# import seaborn.objects as so
#
# fig, ax = plt.subplots()
# so.Plot(stations, x="elevation_m", y="temperature").add(so.Dot()).label(
#     x="elevation (m)", y="temperature (C)", title="Temperature vs elevation"
# )
# ```
#
# Fix it."""
# prompt = """
# I'm trying seaborn's objects interface: a dot plot of `temperature` vs `elevation_m` from my \
# `stations` table, on my own `fig, ax`, axis labels "elevation (m)" and "temperature (C)". \
# Nothing shows up on the axes:
#
# ```python
# import matplotlib.pyplot as plt
# import seaborn.objects as so
#
# fig, ax = plt.subplots()
# so.Plot(stations, x="elevation_m", y="temperature").add(so.Dot()).label(
#     x="elevation (m)", y="temperature (C)", title="Temperature vs elevation"
# )
# ```"""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib']
# inputs = { stations = 'stations' }
# checks = [
#     'len(figure_summary(fig).axes[0].scatter_xy) == 1',
#     'np.allclose(figure_summary(fig).axes[0].scatter_xy[0], stations[["elevation_m", "temperature"]].to_numpy())',
#     'figure_summary(fig).axes[0].xlabel == "elevation (m)" and figure_summary(fig).axes[0].ylabel == "temperature (C)"',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'scatter-plot']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn.objects as so

fig, ax = plt.subplots()
# a Plot is only a specification: .on(ax) picks the target and .plot() draws it
# (seaborn.objects aligns rows by index label, so give it a unique index)
(
    so.Plot(stations.reset_index(drop=True), x="elevation_m", y="temperature")
    .add(so.Dot())
    .label(x="elevation (m)", y="temperature (C)", title="Temperature vs elevation")
    .on(ax)
    .plot()
)
