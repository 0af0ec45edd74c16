# /// example
# task = """
# Build the long table below as `rain`, pivot it to cities as rows (alphabetical) and months as \
# columns in calendar order (Jan, Feb) into `table`, and draw `table` with seaborn's `heatmap` on \
# `fig, ax` with each cell's value written to one decimal (`annot=True, fmt=".1f"`).
#
# ```text
# city    month  rain_mm
# Oslo    Jan       49.2
# Oslo    Feb       36.1
# Bergen  Jan      190.4
# Bergen  Feb      152.0
# ```
#
# Wanted heatmap:
#
# ```text
#          Jan    Feb
# Bergen  190.4  152.0
# Oslo     49.2   36.1
# ```"""
# prompt = """
# Turn this rainfall table into a city x month heatmap with the numbers printed in the cells (one \
# decimal). Keep the data in `rain` and the pivoted grid in `table`; months must stay Jan then Feb, \
# not alphabetical. Seaborn on `fig, ax`.
#
# ```text
# city    month  rain_mm
# Oslo    Jan       49.2
# Oslo    Feb       36.1
# Bergen  Jan      190.4
# Bergen  Feb      152.0
# ```
#
# I expect:
#
# ```text
#          Jan    Feb
# Bergen  190.4  152.0
# Oslo     49.2   36.1
# ```"""
# task_type = 'input-output'
# domain = 'visualization'
# libraries = ['seaborn', 'pandas', 'matplotlib']
# inputs = {}
# checks = [
#     'list(table.index) == ["Bergen", "Oslo"] and list(table.columns) == ["Jan", "Feb"] and np.allclose(table.to_numpy(dtype=float), [[190.4, 152.0], [49.2, 36.1]])',
#     'figure_summary(fig).axes[0].texts == ["190.4", "152.0", "49.2", "36.1"]',
#     'figure_summary(fig).axes[0].yticklabels == ["Bergen", "Oslo"] and figure_summary(fig).axes[0].xticklabels == ["Jan", "Feb"]',
#     'np.allclose(figure_summary(fig).axes[0].mesh_arrays[0], [190.4, 152.0, 49.2, 36.1])',
# ]
# difficulty = 'basic'
# tags = ['heatmap', 'reshaping', 'annotation']
# ///
import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns

rain = pd.DataFrame(
    {
        "city": ["Oslo", "Oslo", "Bergen", "Bergen"],
        "month": ["Jan", "Feb", "Jan", "Feb"],
        "rain_mm": [49.2, 36.1, 190.4, 152.0],
    }
)
# pivot sorts the month labels alphabetically, so put them back in calendar order
table = rain.pivot(index="city", columns="month", values="rain_mm")[["Jan", "Feb"]]

fig, ax = plt.subplots(figsize=(4, 3))
sns.heatmap(table, annot=True, fmt=".1f", cmap="Blues", ax=ax)
ax.set(xlabel="month", ylabel="city", title="Rainfall (mm)")
