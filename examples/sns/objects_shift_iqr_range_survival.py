# /// example
# task = """
# From `survival` (`time` in months, `group` A/B, ...), draw with the seaborn objects interface \
# on `fig, ax`: every `time` as a dot, jittered horizontally within its `group` \
# (`so.Jitter(width=0.3, seed=0)`), and beside each group's cloud, shifted 0.3 to the right \
# (`so.Shift(x=0.3)`), a vertical range from the 25th to the 75th percentile (`so.Perc([25, 75])`) \
# with a dot at the median. Groups on the x axis; label the y axis "months"."""
# prompt = """
# For my `survival` data I'd like the raw `time` values per `group` as jittered dots \
# (width 0.3, seed 0) and, just to the right of each cloud (shifted by 0.3), the interquartile \
# range as a vertical line (25th to 75th percentile) with the median as a dot. seaborn.objects on \
# `fig, ax`, y label "months"."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas']
# inputs = { survival = 'survival' }
# checks = [
#     # the interquartile ranges, one per group, sit 0.3 right of the integer group positions
#     '(lambda segs, q: len(segs) == len(q) and np.allclose([s[0, 0] - round(s[0, 0]) for s in segs], 0.3) and np.allclose(np.sort([s[:, 1].min() for s in segs]), np.sort(q[0.25].to_numpy())) and np.allclose(np.sort([s[:, 1].max() for s in segs]), np.sort(q[0.75].to_numpy())))([s for c in ax.collections if isinstance(c, matplotlib.collections.LineCollection) for s in c.get_segments()], survival.groupby("group", observed=True)["time"].quantile([0.25, 0.75]).unstack())',
#     # the raw dots stay within 0.15 of their group position; the median dots sit at +0.3
#     '(lambda pts: np.allclose(np.sort(pts[:, 1]), np.sort(np.concatenate([survival["time"].to_numpy(), survival.groupby("group", observed=True)["time"].median().to_numpy()]))) and np.isclose(np.abs(pts[:, 0] - np.round(pts[:, 0])), 0.3).sum() == survival["group"].nunique())(np.vstack(figure_summary(fig).axes[0].scatter_xy))',
#     'figure_summary(fig).axes[0].ylabel == "months"',
# ]
# difficulty = 'intermediate'
# tags = ['strip-plot', 'quantiles', 'error-bars']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn.objects as so

fig, ax = plt.subplots(figsize=(5, 4))
# seaborn.objects aligns columns by index label, so start from a unique index
(
    so.Plot(survival.reset_index(drop=True), x="group", y="time")
    .add(so.Dots(alpha=0.5), so.Jitter(width=0.3, seed=0))
    .add(so.Range(linewidth=3), so.Perc([25, 75]), so.Shift(x=0.3))
    .add(so.Dot(color="black"), so.Agg("median"), so.Shift(x=0.3))
    .label(x="group", y="months", title="Survival times with IQR and median")
    .on(ax)
    .plot()
)
