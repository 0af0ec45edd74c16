# /// example
# task = """
# With the seaborn objects interface (`seaborn.objects`), show every `response` of the DataFrame \
# `trial` per `treatment` as dots spread sideways by `so.Jitter(width=0.5, seed=0)`, and overlay \
# each treatment's median as one black diamond (`so.Dot(color="black", marker="D")` with \
# `so.Agg("median")`); label the axes "Treatment" and "Response" and a title through \
# `.label(...)`, and draw it onto `fig, ax` with `.on(ax)`."""
# prompt = """
# With seaborn's objects interface, I'd like a strip-style plot of every `response` in my \
# DataFrame `trial` for each `treatment`, with the dots jittered sideways (jitter width 0.5, \
# seeded with 0) so they don't overlap, plus one black diamond per treatment at its median. Label \
# the axes "Treatment" and "Response", add a title, and draw it on my existing `fig, ax`."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas']
# inputs = { trial = 'trial' }
# checks = [
#     "np.allclose(np.sort(figure_summary(fig).axes[0].scatter_xy[0][:, 1]), np.sort(trial['response']))",
#     # jitter width 0.5 of the 0.8 category width: each dot within 0.2 of its treatment's position
#     "(lambda xy: np.all(np.abs(xy[:, 0] - np.round(xy[:, 0])) <= 0.2 + 1e-9) and np.ptp(xy[:, 0] - np.round(xy[:, 0])) > 0 if len(xy) > 1 else True)(figure_summary(fig).axes[0].scatter_xy[0])",
#     "(lambda xy, med: np.allclose(xy[np.argsort(xy[:, 0])], np.column_stack([med.index.codes, med.to_numpy()])))(figure_summary(fig).axes[0].scatter_xy[1], trial.groupby('treatment', observed=True)['response'].median())",
#     "figure_summary(fig).axes[0].xlabel == 'Treatment' and figure_summary(fig).axes[0].ylabel == 'Response' and figure_summary(fig).axes[0].title != ''",
# ]
# difficulty = 'intermediate'
# tags = ['strip-plot', 'aggregation']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn.objects as so

fig, ax = plt.subplots(figsize=(5, 4))
(
    # seaborn.objects matches rows by index label: hand it a unique index
    so.Plot(trial.reset_index(drop=True), x="treatment", y="response")
    # a seeded jitter keeps the figure the same on every run
    .add(so.Dots(), so.Jitter(width=0.5, seed=0))
    .add(so.Dot(color="black", marker="D"), so.Agg("median"))
    .label(x="Treatment", y="Response", title="Responses and medians by treatment")
    .on(ax)
    .plot()
)
