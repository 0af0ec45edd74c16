# /// example
# task = """
# Plot a smoothed cumulative distribution of the follow-up `time` for each `group` of the \
# survival table `survival` with seaborn `kdeplot` on `fig, ax` (default bandwidth), each \
# group's curve normalised on its own so that every curve rises to 1; label the x axis \
# "Time (months)" and the y axis "Cumulative proportion" and add a title."""
# prompt = """
# Could you draw a smooth cumulative distribution curve (a KDE, default bandwidth) of `time` \
# for each `group` in my survival table `survival` with seaborn on `fig, ax`? The groups are \
# not the same size, so each curve should be normalised within its group and end at 1. Axis \
# labels "Time (months)" and "Cumulative proportion", plus a title."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'scipy']
# inputs = { survival = 'survival' }
# checks = [
#     "len(figure_summary(fig).axes[0].lines_xy) == survival.dropna(subset=['time'])['group'].nunique()",
#     # each drawn curve is the integral of one group's Gaussian KDE (Scott bandwidth) up to x
#     "(lambda curves, kdes: all(any(np.allclose(c[:, 1], [k.integrate_box_1d(-np.inf, x) for x in c[:, 0]], atol=1e-3) for c in curves) for k in kdes))(figure_summary(fig).axes[0].lines_xy, [scipy.stats.gaussian_kde(g.to_numpy(dtype=float)) for _, g in survival.dropna(subset=['time']).groupby('group', observed=True)['time']])",
#     'all(abs(c[-1, 1] - 1.0) < 1e-3 and np.all(np.diff(c[:, 1]) >= -1e-12) for c in figure_summary(fig).axes[0].lines_xy)',
#     "figure_summary(fig).axes[0].xlabel == 'Time (months)' and figure_summary(fig).axes[0].ylabel == 'Cumulative proportion' and figure_summary(fig).axes[0].title != ''",
# ]
# difficulty = 'intermediate'
# tags = ['density-estimation', 'semantic-mapping']
# edge_cases = { min_size = 20, constant = false, why = "a kernel density estimate needs several distinct times in each group" }
# ///
import matplotlib.pyplot as plt
import seaborn as sns

fig, ax = plt.subplots(figsize=(6, 4))
# common_norm=False scales each group's curve by its own size, so both end at 1
sns.kdeplot(data=survival, x="time", hue="group", cumulative=True, common_norm=False, ax=ax)
ax.set(
    xlabel="Time (months)",
    ylabel="Cumulative proportion",
    title="Smoothed CDF of follow-up time by group",
)
