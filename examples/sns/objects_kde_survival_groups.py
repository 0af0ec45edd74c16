# /// example
# task = """
# Compare the distribution of survival `time` between the two groups `A` and `B` of the table \
# `survival` with the seaborn objects interface: one density curve per `group` (`so.Line()` with \
# `so.KDE(common_norm=False, bw_adjust=0.7)`), so that each group's curve has area 1 on its own \
# and the bandwidth is 0.7 times Scott's rule. Label the axes "time (months)" and "density", \
# the legend "group", add a title, and draw it onto `fig, ax` with `.on(ax)`."""
# prompt = """
# My `survival` table has `time` (months) for patients in `group` A and B, and the groups differ in \
# size. With seaborn.objects I'd like one KDE curve per group, each normalised within its own \
# group (area 1), with a somewhat narrower bandwidth than default: 0.7 times Scott's rule \
# (`bw_adjust=0.7`). Axis labels "time (months)" and "density", legend title "group", a title, \
# drawn on my `fig, ax`."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'scipy']
# inputs = { survival = 'survival' }
# checks = [
#     # each curve is scipy's Gaussian KDE of one group's times with Scott's factor n**(-1/5) times 0.7
#     '(lambda lines, samples: len(lines) == len(samples) and all(any(np.allclose(xy[:, 1], scipy.stats.gaussian_kde(v, bw_method=len(v) ** -0.2 * 0.7)(xy[:, 0])) for xy in lines) for v in samples))(figure_summary(fig).axes[0].lines_xy, [s.dropna().to_numpy() for _, s in survival.groupby("group", observed=True)["time"] if s.dropna().nunique() > 1])',
#     'figure_summary(fig).axes[0].xlabel == "time (months)" and figure_summary(fig).axes[0].ylabel == "density"',
#     'figure_summary(fig).axes[0].title != ""',
# ]
# difficulty = 'intermediate'
# tags = ['density-estimation', 'two-sample', 'semantic-mapping']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn.objects as so

fig, ax = plt.subplots()
(
    # a fresh 0..n-1 index: seaborn.objects can fail on repeated index labels
    so.Plot(survival.reset_index(drop=True), x="time", color="group")
    # common_norm=False gives each group its own area of 1 despite the unequal group sizes
    .add(so.Line(), so.KDE(common_norm=False, bw_adjust=0.7))
    .label(x="time (months)", y="density", color="group", title="Survival time density by group")
    .on(ax)
    .plot()
)
