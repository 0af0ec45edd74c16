# /// example
# task = """
# This code should average the three replicates per `concentration` of `dose_response` and fit \
# the means with `response = a + b * ln(concentration)` through seaborn's regplot (`logx=True`, \
# no confidence band), on a logarithmic x axis in the figure `fig`, but it raises an error:
#
# ```python
# import matplotlib.pyplot as plt
# import seaborn as sns
#
# means = dose_response.groupby("concentration").mean()
# fig, ax = plt.subplots()
# sns.regplot(data=means, x="concentration", y="response", logx=True, ci=None, ax=ax)
# ax.set_xscale("log")
# ax.set(xlabel="concentration", ylabel="mean response", title="Log-linear dose fit")
# ```
#
# ```text
# KeyError: 'concentration'
# ```
#
# Fix it."""
# prompt = """
# I average my replicates in `dose_response` per `concentration` and want regplot to fit the \
# means against log concentration (`logx=True`, no CI band), drawn on a log x axis in `fig`. \
# I get a KeyError although the column is clearly there:
#
# ```python
# import matplotlib.pyplot as plt
# import seaborn as sns
#
# means = dose_response.groupby("concentration").mean()
# fig, ax = plt.subplots()
# sns.regplot(data=means, x="concentration", y="response", logx=True, ci=None, ax=ax)
# ax.set_xscale("log")
# ax.set(xlabel="concentration", ylabel="mean response", title="Log-linear dose fit")
# ```
#
# ```text
# KeyError: 'concentration'
# ```"""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas', 'numpy']
# inputs = { dose_response = 'dose_response' }
# checks = [
#     # the points are the per-concentration means
#     'np.allclose(figure_summary(fig).axes[0].scatter_xy[0], dose_response.groupby("concentration")["response"].mean().reset_index().to_numpy())',
#     # the line follows the least-squares fit of the means on ln(concentration)
#     '(lambda m, line: np.allclose(line[:, 1], np.polyval(np.polyfit(np.log(m.index.to_numpy()), m.to_numpy(), 1), np.log(line[:, 0]))))(dose_response.groupby("concentration")["response"].mean(), figure_summary(fig).axes[0].lines_xy[0])',
#     'figure_summary(fig).axes[0].xscale == "log" and figure_summary(fig).axes[0].n_collections == 1',
# ]
# difficulty = 'advanced'
# tags = ['debugging', 'regression', 'log-scale', 'groupby']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

# groupby moves "concentration" into the index; as_index=False keeps it a column regplot can find
means = dose_response.groupby("concentration", as_index=False).mean()
fig, ax = plt.subplots()
sns.regplot(data=means, x="concentration", y="response", logx=True, ci=None, ax=ax)
ax.set_xscale("log")
ax.set(xlabel="concentration", ylabel="mean response", title="Log-linear dose fit")
