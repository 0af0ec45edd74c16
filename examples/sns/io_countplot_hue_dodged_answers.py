# /// example
# task = """
# Build the table below as `answers` and draw with seaborn's `countplot` on `fig, ax` the number \
# of answers per `choice` (x order yes, no, unsure), with the two `team`s as side-by-side bars \
# coloured by team (hue order red, blue).
#
# ```text
# team  choice
# red   yes
# red   yes
# red   no
# blue  yes
# blue  no
# blue  no
# blue  unsure
# ```
#
# Wanted bars:
#
# ```text
# choice:  yes  no  unsure
# red:       2   1       0
# blue:      1   2       1
# ```"""
# prompt = """
# Count plot of these poll answers please, keep the table in `answers`, seaborn on `fig, ax`, \
# choices in the order yes, no, unsure and the teams side by side (red first, then blue):
#
# ```text
# team  choice
# red   yes
# red   yes
# red   no
# blue  yes
# blue  no
# blue  no
# blue  unsure
# ```
#
# I expect:
#
# ```text
# choice:  yes  no  unsure
# red:       2   1       0
# blue:      1   2       1
# ```"""
# task_type = 'input-output'
# domain = 'visualization'
# libraries = ['seaborn', 'pandas', 'matplotlib']
# inputs = {}
# checks = [
#     'figure_summary(fig).axes[0].xticklabels == ["yes", "no", "unsure"]',
#     # per choice slot, red's bar is left of blue's: read the heights left to right
#     '(lambda s: [h for _, h in sorted(zip(np.concatenate(s.bar_centers), np.concatenate(s.bar_heights)))] in ([2, 1, 1, 2, 0, 1], [2, 1, 1, 2, 1]))(figure_summary(fig).axes[0])',
#     'sorted(figure_summary(fig).axes[0].legend_labels) == ["blue", "red"]',
#     'sorted(map(tuple, answers[["team", "choice"]].astype(str).to_numpy())) == sorted([("red", "yes"), ("red", "yes"), ("red", "no"), ("blue", "yes"), ("blue", "no"), ("blue", "no"), ("blue", "unsure")])',
# ]
# difficulty = 'basic'
# tags = ['bar-chart', 'counting', 'semantic-mapping']
# ///
import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns

answers = pd.DataFrame(
    {
        "team": ["red", "red", "red", "blue", "blue", "blue", "blue"],
        "choice": ["yes", "yes", "no", "yes", "no", "no", "unsure"],
    }
)

fig, ax = plt.subplots(figsize=(5, 3.5))
# order fixes the x slots, hue_order the left-to-right position (and colour) within each slot
sns.countplot(
    answers,
    x="choice",
    hue="team",
    order=["yes", "no", "unsure"],
    hue_order=["red", "blue"],
    palette={"red": "tab:red", "blue": "tab:blue"},
    ax=ax,
)
ax.set(xlabel="choice", ylabel="answers", title="Poll answers by team")
