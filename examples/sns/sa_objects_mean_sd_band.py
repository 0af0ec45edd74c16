# /// example
# task = """
# With the seaborn objects interface (`seaborn.objects`), draw the mean `score` at each `time` of \
# the long table `rm_long` as one line with markers per `condition` (`so.Line` with `so.Agg`) and \
# a shaded band of mean +/- one standard deviation around each line (`so.Band` with \
# `so.Est(errorbar="sd")`). Keep the figure in `fig`, label the axes and add a title."""
# prompt = """
# Using seaborn.objects, I want a line of the mean `score` at each `time` in my `rm_long` table, \
# one line with markers per `condition`, with a shaded ± 1 SD band around each mean \
# (`so.Band` with `so.Est(errorbar="sd")`). Put it in a figure `fig` with axis labels and a title."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas']
# inputs = { rm_long = 'rm_long' }
# checks = [
#     # every condition's mean-over-time curve is drawn as a line
#     'all((lambda want: any(xy.shape == want.shape and np.allclose(xy, want) for xy in figure_summary(fig).axes[0].lines_xy))(np.column_stack([col.index, col.to_numpy()])) for _, col in rm_long.groupby(["condition", "time"], observed=True)["score"].mean().unstack("condition").items())',
#     # the bands (patches from so.Band, collections from lineplot) span from the lowest mean - SD to the highest mean + SD (sample SD)
#     '(lambda stats, ys: np.isclose(ys.min(), (stats["mean"] - stats["std"]).min()) and np.isclose(ys.max(), (stats["mean"] + stats["std"]).max()))(rm_long.groupby(["condition", "time"], observed=True)["score"].agg(["mean", "std"]), np.concatenate([p.vertices[:, 1] for c in fig.axes[0].collections for p in c.get_paths()] + [p.get_xy()[:, 1] for p in fig.axes[0].patches]))',
#     'figure_summary(fig).axes[0].xlabel != "" and figure_summary(fig).axes[0].ylabel != "" and figure_summary(fig).axes[0].title != ""',
# ]
# difficulty = 'intermediate'
# tags = ['line-plot', 'error-bars', 'filled-area', 'semantic-mapping']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn.objects as so

fig, ax = plt.subplots(figsize=(5, 3.5))
(
    so.Plot(rm_long, x="time", y="score", color="condition")
    .add(so.Line(marker="o"), so.Agg())
    # errorbar="sd" gives mean +/- 1 SD, deterministic unlike a bootstrapped CI
    .add(so.Band(), so.Est(errorbar="sd"))
    .label(x="Time point", y="Score", title="Mean score ± 1 SD by condition")
    .on(ax)
    .plot()
)
