# /// example
# task = """
# Build the year-over-year sales change table below (percent, one row per region, one column \
# per quarter) as the DataFrame `change` and draw it with seaborn on `fig, ax` as an annotated \
# heatmap: every cell labelled with its value to two decimals, a diverging palette whose neutral \
# middle colour sits at 0, regions down the y axis and quarters along the x axis as pasted.
#
# ```text
# region     Q1     Q2     Q3     Q4
# North    2.50  -1.20   0.00   4.60
# South   -0.80   1.60  -2.40   0.70
# East     1.10  -0.30   0.90  -1.50
# ```
#
# Wanted heatmap:
#
# ```text
# y tick labels:  North, South, East (top to bottom)
# x tick labels:  Q1, Q2, Q3, Q4
# cell labels:    2.50  -1.20  0.00  4.60 / -0.80  1.60  -2.40  0.70 / 1.10  -0.30  0.90  -1.50
# colours:        diverging, neutral at 0
# ```"""
# prompt = """
# I have this table of year-over-year sales changes in percent; can you put it in a DataFrame \
# `change` and make a seaborn heatmap on `fig, ax` with the numbers written in the cells (two \
# decimals), a diverging colour map centred on 0 so growth and decline look different:
#
# ```text
# region     Q1     Q2     Q3     Q4
# North    2.50  -1.20   0.00   4.60
# South   -0.80   1.60  -2.40   0.70
# East     1.10  -0.30   0.90  -1.50
# ```
#
# It should look like this:
#
# ```text
# y tick labels:  North, South, East (top to bottom)
# x tick labels:  Q1, Q2, Q3, Q4
# cell labels:    2.50  -1.20  0.00  4.60 / -0.80  1.60  -2.40  0.70 / 1.10  -0.30  0.90  -1.50
# colours:        diverging, neutral at 0
# ```"""
# task_type = 'input-output'
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas']
# inputs = {}
# checks = [
#     'np.allclose(figure_summary(fig).axes[0].mesh_arrays[0], [2.5, -1.2, 0.0, 4.6, -0.8, 1.6, -2.4, 0.7, 1.1, -0.3, 0.9, -1.5])',
#     'sorted(figure_summary(fig).axes[0].texts) == sorted(["2.50", "-1.20", "0.00", "4.60", "-0.80", "1.60", "-2.40", "0.70", "1.10", "-0.30", "0.90", "-1.50"])',
#     'figure_summary(fig).axes[0].xticklabels == ["Q1", "Q2", "Q3", "Q4"] and figure_summary(fig).axes[0].yticklabels == ["North", "South", "East"]',
#     # centred at 0: the 0.00 cell gets an almost grey colour, the extreme cells strong colours
#     '(lambda m: np.ptp(np.asarray(m.cmap(m.norm(0.0)))[:3]) < 0.06 and min(np.ptp(np.asarray(m.cmap(m.norm(x)))[:3]) for x in (-2.4, 4.6)) > 0.15)(ax.collections[0])',
#     'np.allclose(change.to_numpy(), [[2.5, -1.2, 0.0, 4.6], [-0.8, 1.6, -2.4, 0.7], [1.1, -0.3, 0.9, -1.5]])',
# ]
# difficulty = 'basic'
# tags = ['heatmap', 'annotation', 'colormap']
# ///
import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns

change = pd.DataFrame(
    [[2.5, -1.2, 0.0, 4.6], [-0.8, 1.6, -2.4, 0.7], [1.1, -0.3, 0.9, -1.5]],
    index=pd.Index(["North", "South", "East"], name="region"),
    columns=["Q1", "Q2", "Q3", "Q4"],
)

fig, ax = plt.subplots(figsize=(6, 3.5))
# center=0 puts the palette's neutral middle at zero change, whatever the data range
sns.heatmap(change, annot=True, fmt=".2f", cmap="vlag", center=0, ax=ax)
ax.set(xlabel="quarter", ylabel="region", title="Year-over-year sales change (%)")
