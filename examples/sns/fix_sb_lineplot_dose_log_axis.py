# /// example
# task = """
# `dose_response` has three replicate `response` values at each of 8 log-spaced \
# `concentration` values from 0.01 to 100. This code should draw, in the figure `fig`, the mean \
# response per concentration as a line with markers and a standard-deviation band so the \
# sigmoid shape is visible, but all points below 1 are squeezed against the left edge and the \
# curve looks like a step at 100:
#
# ```python
# import matplotlib.pyplot as plt
# import seaborn as sns
#
# fig, ax = plt.subplots()
# sns.lineplot(data=dose_response, x="concentration", y="response", marker="o", errorbar="sd", ax=ax)
# ax.set(xlabel="concentration", ylabel="response", title="Dose-response")
# ```
#
# Fix it so the concentrations are evenly spread (a `log` x axis)."""
# prompt = """
# My dose-response data `dose_response` (8 concentrations from 0.01 to 100, three replicates \
# each) plotted with seaborn in `fig` look wrong: everything below 1 is crammed at the left and \
# I cannot see the sigmoid:
#
# ```python
# import matplotlib.pyplot as plt
# import seaborn as sns
#
# fig, ax = plt.subplots()
# sns.lineplot(data=dose_response, x="concentration", y="response", marker="o", errorbar="sd", ax=ax)
# ax.set(xlabel="concentration", ylabel="response", title="Dose-response")
# ```
#
# I want the mean `response` per `concentration` with markers and an sd band, readable (a `log` \
# concentration axis is fine)."""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas']
# inputs = { dose_response = 'dose_response' }
# checks = [
#     'figure_summary(fig).axes[0].xscale == "log"',
#     # the mean line is still drawn through every concentration's mean response
#     '(lambda want: any(l.shape == want.shape and np.allclose(l, want) for l in figure_summary(fig).axes[0].lines_xy))(dose_response.dropna().groupby("concentration")["response"].mean().reset_index().to_numpy())',
#     # the band spans mean minus to mean plus one standard deviation at every concentration
#     '(lambda v, g: all(np.isclose(v[np.isclose(v[:, 0], c), 1].min(), m - sd) and np.isclose(v[np.isclose(v[:, 0], c), 1].max(), m + sd) for c, m, sd in g.itertuples() if np.isfinite(sd)))(np.concatenate([np.empty((0, 2))] + [p.vertices for p in fig.axes[0].collections[0].get_paths()]), dose_response.dropna().groupby("concentration")["response"].agg(["mean", "std"]))',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'line-plot', 'log-scale', 'error-bars']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

fig, ax = plt.subplots()
sns.lineplot(data=dose_response, x="concentration", y="response", marker="o", errorbar="sd", ax=ax)
# log-spaced doses need a log x axis, otherwise the lowest decades collapse onto each other
ax.set_xscale("log")
ax.set(xlabel="concentration", ylabel="response", title="Dose-response")
