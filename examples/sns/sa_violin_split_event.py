# /// example
# task = """
# Draw the distribution of the survival `time` per `group` of the DataFrame `survival` as seaborn \
# violins split by `event` (observed vs censored: one half of each violin per event value), with \
# the quartiles drawn inside, and stop each density at the smallest and largest observed time \
# instead of extending it past the data. Keep the figure in `fig`, label the axes and add a title."""
# prompt = """
# For my `survival` table I'd like violins of `time` for each `group`, each violin split in two \
# halves by the `event` flag (observed vs censored), quartile lines inside, and the densities cut \
# off at the observed minimum and maximum time rather than running past the data. Keep the \
# figure as `fig` with axis labels and a title."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas', 'numpy']
# inputs = { survival = 'survival' }
# checks = [
#     # cut at the data: each half spans exactly its subset's time range
#     '(lambda spans: all(any(np.isclose(lo, s.min()) and np.isclose(hi, s.max()) for lo, hi in spans) for _, s in survival.dropna(subset=["time"]).groupby(["group", "event"], observed=True)["time"] if s.nunique() > 1))([(p.vertices[:, 1].min(), p.vertices[:, 1].max()) for c in fig.axes[0].collections for p in c.get_paths() if len(p.vertices)])',
#     # split: each half touches its group's centre (a group with one event value keeps a whole, centred violin)
#     'all(np.isclose(p.vertices[:, 0].max(), round(p.vertices[:, 0].max())) or np.isclose(p.vertices[:, 0].min(), round(p.vertices[:, 0].min())) or np.isclose(np.ptp(p.vertices[:, 0]) / 2 + p.vertices[:, 0].min(), round(np.ptp(p.vertices[:, 0]) / 2 + p.vertices[:, 0].min())) for c in fig.axes[0].collections for p in c.get_paths() if len(p.vertices) > 4)',
#     'figure_summary(fig).axes[0].xlabel != "" and figure_summary(fig).axes[0].ylabel != "" and figure_summary(fig).axes[0].title != ""',
# ]
# difficulty = 'basic'
# tags = ['violin-plot', 'semantic-mapping', 'quantiles']
# edge_cases = { constant = false, why = "each violin is split into halves by the two event values, so both observed and censored times must occur" }
# ///
import matplotlib.pyplot as plt
import seaborn as sns

fig, ax = plt.subplots(figsize=(5, 4))
# cut=0 ends each density at the observed extremes (the default extends 2 bandwidths beyond)
sns.violinplot(
    data=survival, x="group", y="time", hue="event", split=True, inner="quart", cut=0, ax=ax
)
ax.set(xlabel="Group", ylabel="Survival time (months)", title="Survival time by group and event")
