# /// example
# task = """
# This code should plot, for each concentration of `dose_response`, the mean `response` of the \
# replicates with an error bar running from the smallest to the largest replicate, on a log x \
# axis of `fig, ax`, keeping the per-concentration table in `summary`. It fails:
#
# ```python
# import matplotlib.pyplot as plt
#
# summary = dose_response.groupby("concentration")["response"].agg(["mean", "min", "max"])
# fig, ax = plt.subplots()
# ax.errorbar(summary.index, summary["mean"], yerr=[summary["min"] - summary["mean"], summary["max"] - summary["mean"]], fmt="o", capsize=3)
# ax.set_xscale("log")
# ax.set(xlabel="concentration", ylabel="response", title="Replicate range per dose")
# ```
#
# ```text
# ValueError: 'yerr' must not contain negative values
# ```
#
# Fix it so each bar spans exactly min to max."""
# prompt = """
# I want mean response per concentration from `dose_response` with whiskers from the lowest \
# to the highest replicate, log x axis, on `fig, ax`, with the grouped table as `summary`, but \
# errorbar complains:
#
# ```python
# import matplotlib.pyplot as plt
#
# summary = dose_response.groupby("concentration")["response"].agg(["mean", "min", "max"])
# fig, ax = plt.subplots()
# ax.errorbar(summary.index, summary["mean"], yerr=[summary["min"] - summary["mean"], summary["max"] - summary["mean"]], fmt="o", capsize=3)
# ax.set_xscale("log")
# ax.set(xlabel="concentration", ylabel="response", title="Replicate range per dose")
# ```
#
# ```text
# ValueError: 'yerr' must not contain negative values
# ```"""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas']
# inputs = { dose_response = 'dose_response' }
# checks = [
#     # each bar from the smallest to the largest replicate of its concentration
#     'np.allclose(figure_summary(fig).axes[0].errorbar_spans[0], dose_response.groupby("concentration")["response"].agg(["min", "max"]).to_numpy())',
#     'np.allclose(ax.containers[0].lines[0].get_xydata(), dose_response.groupby("concentration")["response"].mean().reset_index().to_numpy())',
#     'np.allclose(summary["mean"], dose_response.groupby("concentration")["response"].mean()) and figure_summary(fig).axes[0].xscale == "log"',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'error-bars', 'groupby']
# edge_cases = true
# ///
import matplotlib.pyplot as plt

summary = dose_response.groupby("concentration")["response"].agg(["mean", "min", "max"])
# yerr holds distances below and above the point, both non-negative: mean - min and max - mean
lower = summary["mean"] - summary["min"]
upper = summary["max"] - summary["mean"]
fig, ax = plt.subplots()
ax.errorbar(summary.index, summary["mean"], yerr=[lower, upper], fmt="o", capsize=3)
ax.set_xscale("log")
ax.set(xlabel="concentration", ylabel="response", title="Replicate range per dose")
