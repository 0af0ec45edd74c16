# /// example
# task = """
# Plot the odds ratios below as points with asymmetric error bars (from `low` to `high`) on \
# `fig, ax`, one study per x position 0, 1, 2 in the order shown with the study names as x tick \
# labels, a log-scaled y axis and a dashed ("--") horizontal reference line at 1. The error bars must \
# span exactly the wanted intervals.
#
# ```text
# study   odds_ratio   low   high
# A             1.8    1.2    2.9
# B             0.7    0.4    1.1
# C             1.1    0.9    1.6
# ```
#
# Wanted error bar spans (low, high):
#
# ```text
# A  (1.2, 2.9)
# B  (0.4, 1.1)
# C  (0.9, 1.6)
# ```"""
# prompt = """
# I have three studies' odds ratios with their confidence limits and want a dot-and-whisker \
# plot on `fig, ax`: x positions 0, 1, 2 labelled with the study names, whiskers going from \
# `low` to `high` (they are not symmetric), log y axis and a dashed ("--") line at an odds ratio of 1.
#
# ```text
# study   odds_ratio   low   high
# A             1.8    1.2    2.9
# B             0.7    0.4    1.1
# C             1.1    0.9    1.6
# ```
#
# The whiskers should cover:
#
# ```text
# A  (1.2, 2.9)
# B  (0.4, 1.1)
# C  (0.9, 1.6)
# ```"""
# task_type = 'input-output'
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(figure_summary(fig).axes[0].errorbar_spans[0], [[1.2, 2.9], [0.4, 1.1], [0.9, 1.6]])',
#     'np.allclose(ax.containers[0].lines[0].get_xydata(), [[0, 1.8], [1, 0.7], [2, 1.1]])',
#     'figure_summary(fig).axes[0].yscale == "log" and any(np.allclose(ln.get_xydata()[:, 1], 1) and ln.get_linestyle() == "--" for ln in ax.lines)',
#     'figure_summary(fig).axes[0].xticklabels == ["A", "B", "C"] and np.allclose(ax.get_xticks(), [0, 1, 2])',
# ]
# difficulty = 'basic'
# tags = ['error-bars', 'log-scale', 'confidence-interval']
# ///
import matplotlib.pyplot as plt
import pandas as pd

studies = pd.DataFrame(
    {
        "study": ["A", "B", "C"],
        "odds_ratio": [1.8, 0.7, 1.1],
        "low": [1.2, 0.4, 0.9],
        "high": [2.9, 1.1, 1.6],
    }
)
positions = range(len(studies))
# yerr takes distances below and above each point, as a (2, n) array
distances = [studies["odds_ratio"] - studies["low"], studies["high"] - studies["odds_ratio"]]

fig, ax = plt.subplots(figsize=(4, 3.5))
ax.errorbar(positions, studies["odds_ratio"], yerr=distances, fmt="o", capsize=4)
ax.axhline(1, linestyle="--", color="gray")
ax.set_yscale("log")
ax.set_xticks(positions, studies["study"])
ax.set(xlabel="study", ylabel="odds ratio", title="Odds ratios with 95% CI")
