# /// example
# task = """
# Count the participants of the DataFrame `trial` per `site` (rows) and `treatment` (columns) \
# with `pd.crosstab` into `counts` and draw the table as an annotated seaborn `heatmap` on `fig, \
# ax` with integer annotations, a sequential colormap from `sns.light_palette("seagreen", \
# as_cmap=True)` and a colorbar labelled "Participants"; label the x axis "Treatment" and the y \
# axis "Site" and add a title."""
# prompt = """
# Count the participants of my DataFrame `trial` per `site` (rows) and `treatment` (columns) with \
# a pandas crosstab into `counts`, and draw it as an annotated seaborn heatmap on `fig, ax` with \
# integer annotations, a sequential colormap built from a light palette of "seagreen", and a \
# colorbar labelled "Participants". Label the x axis "Treatment" and the y axis "Site" and add a \
# title."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas']
# inputs = { trial = 'trial' }
# checks = [
#     "counts.to_numpy().sum() == trial[['site', 'treatment']].dropna().shape[0]",
#     'sorted(int(t.get_text()) for t in ax.texts) == sorted(counts.to_numpy().ravel().tolist())',
#     'figure_summary(fig).axes[0].xticklabels == [str(c) for c in counts.columns]',
#     'figure_summary(fig).has_colorbar',
#     "figure_summary(fig).axes[0].xlabel == 'Treatment' and figure_summary(fig).axes[0].ylabel == 'Site' and figure_summary(fig).axes[0].title != ''",
# ]
# difficulty = 'basic'
# tags = ['heatmap', 'contingency-table', 'colormap', 'counting']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns

counts = pd.crosstab(trial["site"], trial["treatment"])
cmap = sns.light_palette("seagreen", as_cmap=True)
fig, ax = plt.subplots(figsize=(5, 4))
sns.heatmap(
    counts, annot=True, fmt="d", cmap=cmap, linewidths=1, cbar_kws={"label": "Participants"}, ax=ax
)
ax.set(xlabel="Treatment", ylabel="Site", title="Participants per site and arm")
