# /// example
# task = """
# Draw the regional totals below as vertical bars on `fig, ax` (regions in the order shown) and \
# put a table under the plot with `ax.table`: the column labels are the region names, one row \
# labelled "units" with the unit counts and one row labelled "share" with each region's share \
# of all units, formatted as in the wanted output.
#
# ```text
# region  units
# North     420
# South     180
# East      300
# West      100
# ```
#
# Wanted table cells:
#
# ```text
#        North  South  East  West
# units    420    180   300   100
# share    42%    18%   30%   10%
# ```"""
# prompt = """
# I want vertical bars of these unit counts on `fig, ax` and, below the chart, a table (ax.table) with \
# the regions as column headers and two rows, "units" and "share", like in the second block:
#
# ```text
# region  units
# North     420
# South     180
# East      300
# West      100
# ```
#
# ```text
#        North  South  East  West
# units    420    180   300   100
# share    42%    18%   30%   10%
# ```"""
# task_type = 'input-output'
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(figure_summary(fig).axes[0].bar_heights[0], [420, 180, 300, 100]) and figure_summary(fig).axes[0].bar_orientations == ["vertical"]',
#     # the table cells by (row, column): header row 0, row labels in column -1
#     '(lambda cells: [cells[(0, j)] for j in range(4)] == ["North", "South", "East", "West"] and [cells[(1, j)] for j in range(4)] == ["420", "180", "300", "100"] and [cells[(2, j)] for j in range(4)] == ["42%", "18%", "30%", "10%"] and [cells[(1, -1)], cells[(2, -1)]] == ["units", "share"])({k: c.get_text().get_text().strip() for k, c in ax.tables[0].get_celld().items()})',
# ]
# difficulty = 'intermediate'
# tags = ['bar-chart', 'annotation']
# ///
import matplotlib.pyplot as plt
import numpy as np

regions = ["North", "South", "East", "West"]
units = np.array([420, 180, 300, 100])
shares = units / units.sum()

fig, ax = plt.subplots(figsize=(5, 4))
ax.bar(regions, units)
ax.set_xticks([])
ax.table(
    cellText=[[str(u) for u in units], [f"{s:.0%}" for s in shares]],
    rowLabels=["units", "share"],
    colLabels=regions,
    # "bottom" puts the table under the axes, where the tick labels were
    loc="bottom",
)
fig.subplots_adjust(bottom=0.25)
ax.set(ylabel="units", title="Units per region")
