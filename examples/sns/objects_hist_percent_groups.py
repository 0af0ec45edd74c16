# /// example
# task = """
# Put the three samples `a`, `b` and `c` into one long DataFrame with a `group` column ("a", "b", \
# "c") and a `value` column, and with the seaborn objects interface (`seaborn.objects`) draw their \
# histograms side by side in each bin: bars (`so.Bar()`) coloured by group, \
# `so.Hist(stat="percent", bins=15, common_norm=False)` so each group's bars add up to 100%, \
# and `so.Dodge()`. Label the axes "Value" and "Percent of group", the legend "Group" and a title \
# through `.label(...)`, and draw it onto `fig, ax` with `.on(ax)`."""
# prompt = """
# I have three samples `a`, `b` and `c` of different sizes and want to compare their shapes with \
# seaborn's objects interface: stack them into one long table with a `group` column ("a", "b", \
# "c"), then draw dodged bar histograms with 15 bins shared by all groups, coloured by group, where \
# each group's bars are percentages of that group alone (each group sums to 100%). Label the axes \
# "Value" and "Percent of group", title the legend "Group", add a plot title, and draw it on my \
# existing `fig, ax`."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas', 'numpy']
# inputs = { a = 'groups.a', b = 'groups.b', c = 'groups.c' }
# checks = [
#     # Bar draws all groups into one container: tell them apart by colour, one colour per group
#     'len(np.unique(np.round([p.get_facecolor() for p in ax.patches], 4), axis=0)) == 3',
#     '(lambda colors, heights: all(np.isclose(heights[np.all(colors == c, axis=1)].sum(), 100) for c in np.unique(colors, axis=0)))(np.round([p.get_facecolor() for p in ax.patches], 4), np.array([p.get_height() for p in ax.patches]))',
#     # the drawn heights are the non-zero per-group percentages on the shared bins (seaborn draws no empty bin)
#     '(lambda colors, heights, edges: sorted(np.round(np.sort(heights[np.all(colors == c, axis=1)]), 8).tolist() for c in np.unique(colors, axis=0)) == sorted(np.round(np.sort((lambda n: 100 * n[n > 0] / n.sum())(np.histogram(x, bins=edges)[0])), 8).tolist() for x in (a, b, c)))(np.round([p.get_facecolor() for p in ax.patches], 4), np.array([p.get_height() for p in ax.patches]), np.histogram_bin_edges(np.concatenate([a, b, c]), bins=15))',
#     "figure_summary(fig).all_legend_labels == ['a', 'b', 'c']",
#     "figure_summary(fig).axes[0].xlabel == 'Value' and figure_summary(fig).axes[0].ylabel == 'Percent of group' and figure_summary(fig).axes[0].title != ''",
# ]
# difficulty = 'intermediate'
# tags = ['histogram', 'two-sample', 'semantic-mapping']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import pandas as pd
import seaborn.objects as so

long = pd.concat(
    [
        pd.DataFrame({"group": name, "value": sample})
        for name, sample in {"a": a, "b": b, "c": c}.items()
    ],
    ignore_index=True,
)

fig, ax = plt.subplots(figsize=(8, 4))
(
    so.Plot(long, x="value", color="group")
    # common_norm=False: percentages within each group, so unequal group sizes don't matter
    .add(so.Bar(), so.Hist(stat="percent", bins=15, common_norm=False), so.Dodge())
    .label(x="Value", y="Percent of group", color="Group", title="Distributions of three groups")
    .on(ax)
    .plot()
)
