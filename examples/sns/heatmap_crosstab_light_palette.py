# /// example
# task = """
# Count the respondents of the Likert survey `likert` per `group` (rows) and answer to `q1` \
# (columns) with `pd.crosstab` into `counts` and draw the table as an annotated seaborn `heatmap` \
# on `fig, ax` with integer annotations, a sequential colormap from \
# `sns.light_palette("seagreen", as_cmap=True)` and a colorbar labelled "Respondents"; label the \
# x axis "Answer to q1" and the y axis "Group" and add a title."""
# prompt = """
# Count the respondents of my survey `likert` per `group` (rows) and answer to `q1` (columns) \
# with a pandas crosstab into `counts`, and draw it as an annotated seaborn heatmap on `fig, ax` \
# with integer annotations, a sequential colormap built from a light palette of "seagreen", and a \
# colorbar labelled "Respondents". Label the x axis "Answer to q1" and the y axis "Group" and add \
# a title."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas']
# inputs = { likert = 'likert' }
# checks = [
#     "counts.to_numpy().sum() == likert[['group', 'q1']].dropna().shape[0]",
#     "all(counts.loc[g, a] == ((likert['group'] == g) & (likert['q1'] == a)).sum() for g in counts.index for a in counts.columns)",
#     'sorted(int(t.get_text()) for t in ax.texts) == sorted(counts.to_numpy().ravel().tolist())',
#     'figure_summary(fig).axes[0].xticklabels == [str(c) for c in counts.columns]',
#     'figure_summary(fig).colorbar_labels == ["Respondents"]',
#     "figure_summary(fig).axes[0].xlabel == 'Answer to q1' and figure_summary(fig).axes[0].ylabel == 'Group' and figure_summary(fig).axes[0].title != ''",
# ]
# difficulty = 'basic'
# tags = ['heatmap', 'contingency-table', 'colormap', 'counting']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns

counts = pd.crosstab(likert["group"], likert["q1"])
cmap = sns.light_palette("seagreen", as_cmap=True)
fig, ax = plt.subplots(figsize=(6, 3))
# fmt="d" prints whole counts; the default ".2g" would show 120 as 1.2e+02
sns.heatmap(
    counts, annot=True, fmt="d", cmap=cmap, linewidths=1, cbar_kws={"label": "Respondents"}, ax=ax
)
ax.set(xlabel="Answer to q1", ylabel="Group", title="Answers to q1 per group")
