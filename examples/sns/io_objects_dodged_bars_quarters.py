# /// example
# task = """
# Build the table below as a DataFrame `sales` and draw it with the seaborn objects interface on \
# `fig, ax` as bars (`so.Bar`) of `sales` per `quarter`, the two regions side by side within each quarter \
# (`so.Dodge`), coloured by `region`.
#
# ```text
# region  quarter  sales
# North   Q1         120
# North   Q2         135
# South   Q1          90
# South   Q2         150
# ```
#
# Wanted chart:
#
# ```text
# x tick labels:            Q1          Q2
# bars left to right:  120   90   135   150
# colours:             North South North South
# ```"""
# prompt = """
# Here's my table; put it in a DataFrame `sales` and make a grouped bar chart with seaborn.objects \
# (`so.Bar`) on `fig, ax`: quarters on x, one bar per region side by side, coloured by region.
#
# ```text
# region  quarter  sales
# North   Q1         120
# North   Q2         135
# South   Q1          90
# South   Q2         150
# ```
#
# I expect:
#
# ```text
# x tick labels:            Q1          Q2
# bars left to right:  120   90   135   150
# colours:             North South North South
# ```"""
# task_type = 'input-output'
# domain = 'visualization'
# libraries = ['seaborn', 'pandas', 'matplotlib']
# inputs = {}
# checks = [
#     '(lambda bars: [b.get_height() for b in bars] == [120, 90, 135, 150])(sorted((p for p in ax.patches if isinstance(p, matplotlib.patches.Rectangle)), key=lambda p: p.get_x()))',
#     # colours alternate: the 1st and 3rd bar (North) match, the 1st and 2nd differ
#     '(lambda c: np.allclose(c[0], c[2]) and np.allclose(c[1], c[3]) and not np.allclose(c[0], c[1]))([p.get_facecolor()[:3] for p in sorted((p for p in ax.patches if isinstance(p, matplotlib.patches.Rectangle)), key=lambda p: p.get_x())])',
#     'figure_summary(fig).axes[0].xticklabels == ["Q1", "Q2"]',
#     'sorted(map(tuple, sales[["region", "quarter", "sales"]].astype(str).to_numpy())) == sorted([("North", "Q1", "120"), ("North", "Q2", "135"), ("South", "Q1", "90"), ("South", "Q2", "150")])',
# ]
# difficulty = 'basic'
# tags = ['bar-chart', 'semantic-mapping']
# ///
import matplotlib.pyplot as plt
import pandas as pd
import seaborn.objects as so

sales = pd.DataFrame(
    {
        "region": ["North", "North", "South", "South"],
        "quarter": ["Q1", "Q2", "Q1", "Q2"],
        "sales": [120, 135, 90, 150],
    }
)

fig, ax = plt.subplots(figsize=(5, 3.5))
(
    so.Plot(sales, x="quarter", y="sales", color="region")
    # Dodge splits each quarter's slot between the regions instead of overlapping them
    .add(so.Bar(), so.Dodge())
    .label(x="quarter", y="sales", title="Sales by quarter and region")
    .on(ax)
    .plot()
)
