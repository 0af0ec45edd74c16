# /// example
# task = """
# Build the quarterly sales table below as the DataFrame `sales` and draw it as the grouped bar \
# chart described under it on `fig, ax`: one group per quarter, one bar per region inside each \
# group (North, South, West from left to right), a legend of the regions, the y axis labelled \
# "Sales (k$)" and a title.
#
# ```text
# region   Q1   Q2   Q3   Q4
# North   120  135  150  160
# South    95  100   90  110
# West     80   85  105  120
# ```
#
# Wanted chart:
#
# ```text
# x tick labels:  Q1   Q2   Q3   Q4
# North bars:    120  135  150  160
# South bars:     95  100   90  110
# West bars:      80   85  105  120
# legend:        North, South, West
# ```"""
# prompt = """
# Here are my quarterly sales per region; please put them in a DataFrame `sales` and make a \
# grouped bar chart on `fig, ax`, quarters along the x axis and one bar per region in each \
# group (North, South, West, left to right), with a legend, the y label "Sales (k$)" and a title:
#
# ```text
# region   Q1   Q2   Q3   Q4
# North   120  135  150  160
# South    95  100   90  110
# West     80   85  105  120
# ```
#
# The chart should come out like this:
#
# ```text
# x tick labels:  Q1   Q2   Q3   Q4
# North bars:    120  135  150  160
# South bars:     95  100   90  110
# West bars:      80   85  105  120
# legend:        North, South, West
# ```"""
# task_type = 'input-output'
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas', 'numpy']
# inputs = {}
# checks = [
#     '[h.tolist() for h in figure_summary(fig).axes[0].bar_heights] == [[120, 135, 150, 160], [95, 100, 90, 110], [80, 85, 105, 120]]',
#     'figure_summary(fig).axes[0].legend_labels == ["North", "South", "West"] and figure_summary(fig).axes[0].bar_orientations == ["vertical"] * 3',
#     # within every quarter the regions sit left to right and the quarter's tick sits among its bars
#     '(lambda c: np.all(c[0] < c[1]) and np.all(c[1] < c[2]) and np.all(c[2][:-1] < c[0][1:]))(figure_summary(fig).axes[0].bar_centers)',
#     '[t for t in figure_summary(fig).axes[0].xticklabels if t] == ["Q1", "Q2", "Q3", "Q4"] and np.allclose(ax.get_xticks(), np.mean(figure_summary(fig).axes[0].bar_centers, axis=0))',
#     'figure_summary(fig).axes[0].ylabel == "Sales (k$)" and figure_summary(fig).axes[0].title != ""',
#     'sales.select_dtypes("number").to_numpy().tolist() == [[120, 135, 150, 160], [95, 100, 90, 110], [80, 85, 105, 120]]',
# ]
# difficulty = 'basic'
# tags = ['bar-chart', 'legend']
# ///
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

sales = pd.DataFrame(
    {"Q1": [120, 95, 80], "Q2": [135, 100, 85], "Q3": [150, 90, 105], "Q4": [160, 110, 120]},
    index=pd.Index(["North", "South", "West"], name="region"),
)

fig, ax = plt.subplots(figsize=(7, 4))
positions = np.arange(sales.shape[1])
width = 0.8 / len(sales)
for i, (region, row) in enumerate(sales.iterrows()):
    # shift each region's bars so the group is centred on the quarter's tick
    ax.bar(positions + (i - (len(sales) - 1) / 2) * width, row, width, label=region)
ax.set_xticks(positions, sales.columns)
ax.set(ylabel="Sales (k$)", title="Quarterly sales by region")
ax.legend(title="region")
