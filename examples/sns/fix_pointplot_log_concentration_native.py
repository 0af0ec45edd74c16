# /// example
# task = """
# `dose_response` has a `concentration` column (log-spaced levels, three replicates each) and a \
# `response` column. This code should plot the mean response at each concentration with +/- 1 SD \
# error bars in `fig`, the points placed at their concentrations on a logarithmic x axis. It runs, \
# but seaborn puts the concentrations at category positions 0, 1, 2, ... and the log axis then \
# drops the first level and spaces the rest wrongly:
#
# ```python
# import matplotlib.pyplot as plt
# import seaborn as sns
#
# fig, ax = plt.subplots()
# sns.pointplot(data=dose_response, x="concentration", y="response", errorbar="sd", ax=ax)
# ax.set_xscale("log")
# ax.set(xlabel="concentration", ylabel="response", title="Dose-response")
# ```
#
# Fix it."""
# prompt = """
# My plot of the mean `response` per `concentration` from `dose_response` (with SD error bars) \
# is wrong on the log x axis: the lowest dose vanishes and the points are not at their \
# concentrations. The figure should be `fig`, each mean at its real concentration on a log axis:
#
# ```python
# import matplotlib.pyplot as plt
# import seaborn as sns
#
# fig, ax = plt.subplots()
# sns.pointplot(data=dose_response, x="concentration", y="response", errorbar="sd", ax=ax)
# ax.set_xscale("log")
# ax.set(xlabel="concentration", ylabel="response", title="Dose-response")
# ```"""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas']
# inputs = { dose_response = 'dose_response' }
# checks = [
#     'figure_summary(fig).axes[0].xscale == "log"',
#     # the connecting line passes through (concentration, mean response) for every level
#     'np.allclose(figure_summary(fig).axes[0].lines_xy[0], dose_response.groupby("concentration")["response"].mean().reset_index().to_numpy())',
#     # the error bars are vertical segments at each concentration spanning mean +/- SD (none for a single replicate)
#     '(lambda stats, bars: len(bars) == len(stats) and all(np.allclose(bar[:, 0], c) and np.allclose(np.sort(bar[:, 1]), [m - s, m + s]) for bar, (c, m, s) in zip(bars, stats.itertuples(index=False))))(dose_response.groupby("concentration")["response"].agg(["mean", "std"]).reset_index().dropna(), [bar for bar in figure_summary(fig).axes[0].lines_xy[1:] if np.isfinite(bar).all()])',
#     'figure_summary(fig).axes[0].title == "Dose-response"',
# ]
# difficulty = 'advanced'
# tags = ['debugging', 'log-scale', 'error-bars']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

fig, ax = plt.subplots()
# native_scale places the levels at their values instead of category slots 0, 1, 2, ...;
# log_scale=(True, False) logs only x: a log y would average the responses in log space
sns.pointplot(
    data=dose_response,
    x="concentration",
    y="response",
    errorbar="sd",
    native_scale=True,
    log_scale=(True, False),
    ax=ax,
)
ax.set(xlabel="concentration", ylabel="response", title="Dose-response")
