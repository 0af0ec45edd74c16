# /// example
# task = """
# `rm_long` holds repeated `score` measurements of each `subject` at `time` 1, 2, 3 under \
# several conditions. This code should draw, in the figure `fig`, one grey line per subject \
# showing that subject's own scores over time in the `control` condition (a spaghetti plot). It \
# runs, but it shows a single line with a shaded band instead of the subjects' trajectories:
#
# ```python
# import matplotlib.pyplot as plt
# import seaborn as sns
#
# control = rm_long[rm_long["condition"] == "control"]
# fig, ax = plt.subplots()
# sns.lineplot(data=control, x="time", y="score", color="gray", ax=ax)
# ax.set(xlabel="time", ylabel="score", title="Control subjects over time")
# ```
#
# Fix it."""
# prompt = """
# I want a spaghetti plot in `fig`: for the `control` condition of my repeated-measures table \
# `rm_long`, one line per `subject` through its `score` at each `time`:
#
# ```python
# import matplotlib.pyplot as plt
# import seaborn as sns
#
# control = rm_long[rm_long["condition"] == "control"]
# fig, ax = plt.subplots()
# sns.lineplot(data=control, x="time", y="score", color="gray", ax=ax)
# ax.set(xlabel="time", ylabel="score", title="Control subjects over time")
# ```
#
# Seaborn gives me one averaged line with a band, not the individual subjects."""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas']
# inputs = { rm_long = 'rm_long' }
# checks = [
#     # every control subject's own (time, score) path is one of the drawn lines
#     '(lambda lines, c: all(any(l.shape == g.shape and np.allclose(l, g) for l in lines) for g in (grp.sort_values("time")[["time", "score"]].to_numpy(dtype=float) for _, grp in c.groupby("subject", observed=True))))(figure_summary(fig).axes[0].lines_xy, rm_long[rm_long["condition"] == "control"].dropna(subset=["time", "score"]))',
#     'sum(1 for l in figure_summary(fig).axes[0].lines_xy if len(l) > 0) == rm_long.loc[rm_long["condition"] == "control"].dropna(subset=["time", "score"])["subject"].nunique()',
#     'figure_summary(fig).axes[0].title != ""',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'line-plot', 'groupby']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

control = rm_long[rm_long["condition"] == "control"]
fig, ax = plt.subplots()
# units= draws each subject separately; estimator=None stops seaborn averaging across subjects
sns.lineplot(
    data=control, x="time", y="score", units="subject", estimator=None, color="gray", lw=1, ax=ax
)
ax.set(xlabel="time", ylabel="score", title="Control subjects over time")
