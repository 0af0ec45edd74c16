# /// example
# task = """
# Build the monthly mean temperatures below (long format: one row per city and month) as the \
# DataFrame `temps` and draw them with seaborn on `fig, ax` as one line per city with a marker \
# at every month, month on the x axis, temperature on the y axis, and a legend naming the \
# cities Oslo and Rome, plus a title.
#
# ```text
# month  city  temp_c
#     1  Oslo    -4.3
#     2  Oslo    -4.0
#     3  Oslo    -0.2
#     4  Oslo     4.5
#     1  Rome     7.5
#     2  Rome     8.6
#     3  Rome    11.1
#     4  Rome    13.9
# ```
#
# Wanted chart:
#
# ```text
# Oslo line:  (1, -4.3) (2, -4.0) (3, -0.2) (4, 4.5), markers at the points
# Rome line:  (1, 7.5) (2, 8.6) (3, 11.1) (4, 13.9), markers at the points
# legend:     Oslo, Rome
# ```"""
# prompt = """
# I typed in monthly mean temperatures for two cities; please put them in a DataFrame `temps` \
# and make a seaborn line chart on `fig, ax` with a line per city, a marker on each month and a \
# legend with Oslo and Rome, and give it a title:
#
# ```text
# month  city  temp_c
#     1  Oslo    -4.3
#     2  Oslo    -4.0
#     3  Oslo    -0.2
#     4  Oslo     4.5
#     1  Rome     7.5
#     2  Rome     8.6
#     3  Rome    11.1
#     4  Rome    13.9
# ```
#
# It should show:
#
# ```text
# Oslo line:  (1, -4.3) (2, -4.0) (3, -0.2) (4, 4.5), markers at the points
# Rome line:  (1, 7.5) (2, 8.6) (3, 11.1) (4, 13.9), markers at the points
# legend:     Oslo, Rome
# ```"""
# task_type = 'input-output'
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas']
# inputs = {}
# checks = [
#     # each city's points appear as one drawn line (in either order of drawing)
#     '(lambda lines: all(any(l.shape == (4, 2) and np.allclose(l, want) for l in lines) for want in ([[1, -4.3], [2, -4.0], [3, -0.2], [4, 4.5]], [[1, 7.5], [2, 8.6], [3, 11.1], [4, 13.9]])))(figure_summary(fig).axes[0].lines_xy)',
#     # the data lines carry visible markers
#     'sum(1 for l in ax.lines if len(l.get_xdata()) == 4 and len(matplotlib.markers.MarkerStyle(l.get_marker()).get_path().vertices) > 0) >= 2',
#     'list(figure_summary(fig).axes[0].legend_labels)[-2:] == ["Oslo", "Rome"]',
#     'figure_summary(fig).axes[0].title != ""',
# ]
# difficulty = 'basic'
# tags = ['line-plot', 'semantic-mapping', 'legend']
# ///
import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns

temps = pd.DataFrame(
    {
        "month": [1, 2, 3, 4] * 2,
        "city": ["Oslo"] * 4 + ["Rome"] * 4,
        "temp_c": [-4.3, -4.0, -0.2, 4.5, 7.5, 8.6, 11.1, 13.9],
    }
)

fig, ax = plt.subplots(figsize=(6, 4))
# style= with markers=True gives each city its own marker as well as its own colour
sns.lineplot(
    data=temps, x="month", y="temp_c", hue="city", style="city", markers=True, dashes=False, ax=ax
)
ax.set(xlabel="month", ylabel="mean temperature (°C)", title="Monthly mean temperature")
