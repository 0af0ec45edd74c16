# /// example
# task = """
# Draw every `score` of the long table `rm_long` as a seaborn `stripplot` on `fig, ax`: `condition` \
# on the x axis, points coloured by `time` (hue) and dodged so each time gets its own column \
# within a condition, without jitter (`jitter=False`); label the y axis "Score" and add a title."""
# prompt = """
# In my long-format table `rm_long` (columns `subject`, `condition`, `time`, `score`) I want a \
# strip plot of `score` per `condition` with seaborn on `fig, ax`, coloured by `time` and with \
# the times side by side inside each condition (dodged) rather than on top of each other. No \
# jitter please (`jitter=False`); y label "Score" and a title."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib']
# inputs = { rm_long = 'rm_long' }
# checks = [
#     # one column of points per (condition, time) pair, left to right in category order then time order
#     "(lambda pts, d: (lambda xs: len(xs) == len(d) and all(np.allclose(np.sort(pts[np.isclose(pts[:, 0], x), 1]), np.sort(g['score'].to_numpy())) for x, (_, g) in zip(xs, d)))(np.unique(np.round(pts[:, 0], 9))))(np.concatenate([p for p in figure_summary(fig).axes[0].scatter_xy if len(p)]), [(k, g) for k, g in rm_long.dropna(subset=['score']).groupby(['condition', 'time'], observed=True)])",
#     "(lambda pts: np.all(np.abs(pts[:, 0] - np.round(pts[:, 0])) < 0.5) and len(np.unique(np.round(pts[:, 0], 9))) == rm_long.dropna(subset=['score']).groupby(['condition', 'time'], observed=True).ngroups)(np.concatenate([p for p in figure_summary(fig).axes[0].scatter_xy if len(p)]))",
#     "figure_summary(fig).axes[0].ylabel == 'Score' and figure_summary(fig).axes[0].title != ''",
# ]
# difficulty = 'intermediate'
# tags = ['strip-plot', 'semantic-mapping']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

fig, ax = plt.subplots(figsize=(7, 4))
# dodge=True splits each condition's column by hue level instead of overplotting the times
sns.stripplot(data=rm_long, x="condition", y="score", hue="time", dodge=True, jitter=False, ax=ax)
ax.set(ylabel="Score", title="Scores by condition and time")
