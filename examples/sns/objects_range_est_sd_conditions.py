# /// example
# task = """
# From the long table `rm_long` (`subject`, `condition`, `time`, `score`), draw with the seaborn \
# objects interface, on `fig, ax`, the mean `score` at each `time` for each `condition` as a dot \
# with a vertical range from mean minus one standard deviation to mean plus one standard deviation \
# (`so.Range` with `so.Est(errorbar="sd")`), colour by `condition`, and dodge the conditions \
# side by side. Label the axes "time" and "score"."""
# prompt = """
# For my repeated-measures table `rm_long` I want, per `time` point and `condition`, a dot at the \
# mean `score` and a vertical bar spanning mean +/- 1 SD, conditions in different colours and \
# dodged next to each other. Use seaborn.objects on `fig, ax`, axis labels "time" and "score"."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas']
# inputs = { rm_long = 'rm_long' }
# checks = [
#     # each range spans mean -/+ sample SD of one (condition, time) cell
#     '(lambda segs, stats: len(segs) == len(stats) and np.allclose(np.sort([min(s[:, 1]) for s in segs]), np.sort(stats["mean"] - stats["std"])) and np.allclose(np.sort([max(s[:, 1]) for s in segs]), np.sort(stats["mean"] + stats["std"])))([s for c in ax.collections if isinstance(c, matplotlib.collections.LineCollection) for s in c.get_segments()], rm_long.groupby(["condition", "time"], observed=True)["score"].agg(["mean", "std"]))',
#     'np.allclose(np.sort(np.concatenate([xy[:, 1] for xy in figure_summary(fig).axes[0].scatter_xy])), np.sort(rm_long.groupby(["condition", "time"], observed=True)["score"].mean().to_numpy()))',
#     # dodged: the ranges of one time point sit at different x positions
#     'len({round(float(s[0, 0]), 6) for c in ax.collections if isinstance(c, matplotlib.collections.LineCollection) for s in c.get_segments()}) == len(rm_long.groupby(["condition", "time"], observed=True))',
#     'figure_summary(fig).axes[0].xlabel == "time" and figure_summary(fig).axes[0].ylabel == "score"',
# ]
# difficulty = 'intermediate'
# tags = ['error-bars', 'aggregation', 'semantic-mapping']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn.objects as so

fig, ax = plt.subplots(figsize=(6, 4))
(
    so.Plot(rm_long, x="time", y="score", color="condition")
    # errorbar="sd" spans the spread of the scores, not the uncertainty of the mean
    .add(so.Range(), so.Est(errorbar="sd"), so.Dodge())
    .add(so.Dot(), so.Agg(), so.Dodge())
    .label(x="time", y="score", title="Mean score +/- 1 SD")
    .on(ax)
    .plot()
)
