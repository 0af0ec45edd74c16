# /// example
# task = """
# Build the monthly rainfall table below as `rain` and draw it with seaborn's `relplot` as one \
# line panel per `station` (`kind="line"`), `mm` against `month`, panels titled "<station> \
# station" through `set_titles`, with the panel y axes not shared so each station uses its own \
# range. Keep the grid in `g`.
#
# ```text
# station  month   mm
#   Brest      1  120
#   Brest      2   95
#   Brest      3   80
#    Nice      1   70
#    Nice      2   48
#    Nice      3   40
# ```
#
# Wanted panels:
#
# ```text
# titles:    "Brest station", "Nice station"
# lines:     Brest (1, 120) (2, 95) (3, 80); Nice (1, 70) (2, 48) (3, 40)
# y axes:    not shared
# ```"""
# prompt = """
# Could you put this monthly rainfall into a DataFrame `rain` and draw a seaborn `relplot` with \
# one line panel per `station` (mm against month), titles like "Brest station" set with \
# `set_titles`, and independent y axes since the two stations differ a lot? Keep the grid as `g`.
#
# ```text
# station  month   mm
#   Brest      1  120
#   Brest      2   95
#   Brest      3   80
#    Nice      1   70
#    Nice      2   48
#    Nice      3   40
# ```
#
# I expect:
#
# ```text
# titles:    "Brest station", "Nice station"
# lines:     Brest (1, 120) (2, 95) (3, 80); Nice (1, 70) (2, 48) (3, 40)
# y axes:    not shared
# ```"""
# task_type = 'input-output'
# domain = 'visualization'
# libraries = ['seaborn', 'pandas', 'numpy']
# inputs = {}
# checks = [
#     '[ax.get_title() for ax in g.axes.flat] == ["Brest station", "Nice station"]',
#     'np.allclose(axes_summary(g.axes.flat[0]).lines_xy[0], [[1, 120], [2, 95], [3, 80]]) and np.allclose(axes_summary(g.axes.flat[1]).lines_xy[0], [[1, 70], [2, 48], [3, 40]])',
#     # independent y axes: the Nice panel does not stretch up to Brest's 120 mm
#     'not any(ax.shares_y for ax in figure_summary(g.figure).axes) and g.axes.flat[1].get_ylim()[1] < 100',
#     'sorted(rain["mm"]) == [40, 48, 70, 80, 95, 120]',
# ]
# difficulty = 'basic'
# tags = ['line-plot', 'facets']
# ///
import pandas as pd
import seaborn as sns

rain = pd.DataFrame(
    {
        "station": ["Brest"] * 3 + ["Nice"] * 3,
        "month": [1, 2, 3, 1, 2, 3],
        "mm": [120, 95, 80, 70, 48, 40],
    }
)
g = sns.relplot(
    data=rain,
    x="month",
    y="mm",
    col="station",
    kind="line",
    height=2,
    # each panel gets its own y range
    facet_kws={"sharey": False},
)
g.set_titles("{col_name} station")
