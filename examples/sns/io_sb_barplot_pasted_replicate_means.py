# /// example
# task = """
# Build the field-trial yields below (three plots per wheat variety) as the DataFrame `yields` \
# and draw, with seaborn on `fig, ax`, one bar per variety (A, B, C from left to right) whose \
# height is the variety's mean yield, with no error bars, each bar labelled with its mean to two \
# decimals and the y axis labelled "mean yield (t/ha)".
#
# ```text
# variety  yield_t_ha
# A               4.1
# A               4.5
# A               3.9
# B               5.2
# B               5.8
# B               5.5
# C               3.6
# C               4.0
# C               3.8
# ```
#
# Wanted chart:
#
# ```text
# x tick labels:  A     B     C
# bar heights:    4.17  5.50  3.80
# bar labels:     4.17  5.50  3.80
# error bars:     none
# ```"""
# prompt = """
# Here are my wheat yields, three plots per variety. Could you put them in a DataFrame `yields` \
# and make a seaborn bar chart on `fig, ax` of the mean per variety (A, B, C), no error bars, \
# with the mean written on each bar with two decimals and "mean yield (t/ha)" as y label?
#
# ```text
# variety  yield_t_ha
# A               4.1
# A               4.5
# A               3.9
# B               5.2
# B               5.8
# B               5.5
# C               3.6
# C               4.0
# C               3.8
# ```
#
# Expected:
#
# ```text
# x tick labels:  A     B     C
# bar heights:    4.17  5.50  3.80
# bar labels:     4.17  5.50  3.80
# error bars:     none
# ```"""
# task_type = 'input-output'
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas']
# inputs = {}
# checks = [
#     'figure_summary(fig).axes[0].xticklabels == ["A", "B", "C"]',
#     '(lambda s: np.allclose([h for _, h in sorted((c, h) for cs, hs in zip(s.bar_centers, s.bar_heights) for c, h in zip(cs, hs))], [4.17, 5.50, 3.80], atol=0.005))(figure_summary(fig).axes[0])',
#     # no error bar lines or errorbar containers drawn
#     'figure_summary(fig).axes[0].n_lines == 0 and figure_summary(fig).axes[0].n_errorbars == 0',
#     'figure_summary(fig).axes[0].texts == ["4.17", "5.50", "3.80"]',
#     'figure_summary(fig).axes[0].ylabel == "mean yield (t/ha)"',
# ]
# difficulty = 'basic'
# tags = ['bar-chart', 'aggregation', 'annotation']
# ///
import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns

yields = pd.DataFrame(
    {
        "variety": ["A"] * 3 + ["B"] * 3 + ["C"] * 3,
        "yield_t_ha": [4.1, 4.5, 3.9, 5.2, 5.8, 5.5, 3.6, 4.0, 3.8],
    }
)

fig, ax = plt.subplots(figsize=(5, 3.5))
# errorbar=None drops the default bootstrap confidence interval
sns.barplot(data=yields, x="variety", y="yield_t_ha", errorbar=None, color="tab:olive", ax=ax)
ax.bar_label(ax.containers[0], fmt="%.2f")
ax.set(xlabel="variety", ylabel="mean yield (t/ha)", title="Mean yield per variety")
