# /// example
# task = """
# The table `dose_response` has `concentration` (log-spaced, several replicates each) and \
# `response`. With the seaborn objects interface on `fig, ax`, draw every replicate as a dot and \
# the mean response of each concentration as a short horizontal dash (`so.Dash` with `so.Agg`), \
# on a logarithmic x axis (`.scale(x="log")`). Label the axes "concentration" and "response"."""
# prompt = """
# I've got replicate measurements in `dose_response` (`concentration`, `response`). Please plot \
# the raw replicates as dots and mark each concentration's mean with a horizontal dash, \
# concentration on a log axis, with seaborn.objects on `fig, ax`. Labels "concentration" and \
# "response"."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas']
# inputs = { dose_response = 'dose_response' }
# checks = [
#     # one horizontal dash per concentration, at that concentration's mean response
#     '(lambda segs: all(np.isclose(s[0, 1], s[-1, 1]) for s in segs) and np.allclose(np.sort([s[0, 1] for s in segs]), np.sort(dose_response.groupby("concentration")["response"].mean().to_numpy())))([s for c in ax.collections if isinstance(c, matplotlib.collections.LineCollection) for s in c.get_segments()])',
#     'np.allclose(np.sort(np.concatenate([xy[:, 1] for xy in figure_summary(fig).axes[0].scatter_xy])), np.sort(dose_response["response"].to_numpy()))',
#     # a log axis maps data through a non-affine transform
#     'not ax.xaxis.get_transform().is_affine',
#     'figure_summary(fig).axes[0].xlabel == "concentration" and figure_summary(fig).axes[0].ylabel == "response"',
# ]
# difficulty = 'basic'
# tags = ['scatter-plot', 'log-scale', 'aggregation']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn.objects as so

fig, ax = plt.subplots(figsize=(6, 4))
# seaborn.objects aligns columns by index label, so start from a unique index
(
    so.Plot(dose_response.reset_index(drop=True), x="concentration", y="response")
    .add(so.Dots(color="gray"))
    # Agg() averages the replicates of each concentration; Dash draws that mean as a short line
    .add(so.Dash(color="black", linewidth=2), so.Agg())
    .scale(x="log")
    .label(x="concentration", y="response", title="Replicates and their means")
    .on(ax)
    .plot()
)
