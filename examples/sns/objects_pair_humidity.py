# /// example
# task = """
# With the seaborn objects interface (`seaborn.objects`), scatter `humidity` from the DataFrame \
# `measurements` against each of `temperature`, `pressure` and `wind_speed` in three side-by-side \
# panels made with `.pair(x=[...])`, as dots (`so.Dots()`) with `humidity` on the shared y axis; \
# label the axes with the column names and give each panel the title "Humidity drivers" through \
# `.label(...)`, and draw it onto the figure `fig` with `.on(fig)`."""
# prompt = """
# Using seaborn's objects interface, I want to see how `humidity` relates to `temperature`, \
# `pressure` and `wind_speed` in my DataFrame `measurements`: three scatter panels side by side, \
# one per variable in that order on the x axis, humidity on the y axis. Let the axis labels be \
# the column names, title the panels "Humidity drivers", and draw everything onto a Matplotlib \
# figure `fig`."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas']
# inputs = { measurements = 'measurements' }
# checks = [
#     'figure_summary(fig).n_axes == 3',
#     "figure_summary(fig).xlabels == ['temperature', 'pressure', 'wind_speed'] and figure_summary(fig).ylabels[0] == 'humidity'",
#     # the points drawn in each panel are the (column, humidity) pairs, in any order
#     "all(np.allclose(np.sort(a.scatter_xy[0], axis=0), np.sort(measurements[[c, 'humidity']].to_numpy(), axis=0)) for a, c in zip(figure_summary(fig).axes, ['temperature', 'pressure', 'wind_speed']))",
#     "all(len(a.scatter_xy[0]) == len(measurements) for a in figure_summary(fig).axes)",
#     "figure_summary(fig).titles == ['Humidity drivers'] * 3",
# ]
# difficulty = 'basic'
# tags = ['scatter-plot', 'facets', 'correlation']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn.objects as so

fig = plt.figure(figsize=(10, 3.5))
(
    # seaborn.objects matches rows by index label: hand it a unique index
    so.Plot(measurements.reset_index(drop=True), y="humidity")
    # one panel per x variable, all sharing the humidity axis
    .pair(x=["temperature", "pressure", "wind_speed"])
    .add(so.Dots())
    .label(title="Humidity drivers")
    .on(fig)
    .plot()
)
