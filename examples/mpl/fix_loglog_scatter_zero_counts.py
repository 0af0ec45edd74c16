# /// example
# task = """
# `expression` holds read counts, one row per gene, with control columns `ctrl_1`..`ctrl_3` and \
# treated columns `treat_1`..`treat_3`. This code should scatter each gene's mean treated count \
# against its mean control count on log-log axes in the figure `fig`. It runs, but genes with a \
# zero mean in either group silently vanish, because zero has no logarithm:
#
# ```python
# import matplotlib.pyplot as plt
#
# control = expression[["ctrl_1", "ctrl_2", "ctrl_3"]].mean(axis=1)
# treated = expression[["treat_1", "treat_2", "treat_3"]].mean(axis=1)
# fig, ax = plt.subplots()
# ax.scatter(control, treated, s=8, alpha=0.6)
# ax.set(xscale="log", yscale="log", xlabel="mean control count", ylabel="mean treated count", title="Treated vs control")
# ```
#
# Fix it so every gene is drawn, using the usual pseudo-count: plot the mean counts plus 1."""
# prompt = """
# I compare genes in my count table `expression` (columns `ctrl_1`..`ctrl_3` and \
# `treat_1`..`treat_3`): mean treated vs mean control count, log-log scatter in `fig`:
#
# ```python
# import matplotlib.pyplot as plt
#
# control = expression[["ctrl_1", "ctrl_2", "ctrl_3"]].mean(axis=1)
# treated = expression[["treat_1", "treat_2", "treat_3"]].mean(axis=1)
# fig, ax = plt.subplots()
# ax.scatter(control, treated, s=8, alpha=0.6)
# ax.set(xscale="log", yscale="log", xlabel="mean control count", ylabel="mean treated count", title="Treated vs control")
# ```
#
# Genes that are zero in one group are simply missing from the plot. I'd like every gene shown, \
# with a pseudo-count of 1 added to both means."""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas', 'numpy']
# inputs = { expression = 'expression' }
# checks = [
#     'figure_summary(fig).axes[0].xscale == "log" and figure_summary(fig).axes[0].yscale == "log"',
#     # one point per gene at (mean control + 1, mean treated + 1), all positive
#     'np.allclose(figure_summary(fig).axes[0].scatter_xy[0], np.column_stack([expression[["ctrl_1", "ctrl_2", "ctrl_3"]].mean(axis=1) + 1, expression[["treat_1", "treat_2", "treat_3"]].mean(axis=1) + 1]))',
#     'figure_summary(fig).axes[0].xlabel != "" and figure_summary(fig).axes[0].ylabel != ""',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'log-scale', 'scatter-plot']
# edge_cases = true
# ///
import matplotlib.pyplot as plt

control = expression[["ctrl_1", "ctrl_2", "ctrl_3"]].mean(axis=1)
treated = expression[["treat_1", "treat_2", "treat_3"]].mean(axis=1)
fig, ax = plt.subplots()
# log axes drop values <= 0 without a warning: shift every mean by a pseudo-count of 1
ax.scatter(control + 1, treated + 1, s=8, alpha=0.6)
ax.set(
    xscale="log",
    yscale="log",
    xlabel="mean control count + 1",
    ylabel="mean treated count + 1",
    title="Treated vs control",
)
