# /// example
# task = """
# For question `q1` of the Likert survey `survey` (answers 1-5 as an ordered categorical, \
# `group` "staff"/"student"), compute the percentage of each group's respondents giving each \
# answer and draw it with `seaborn.barplot` as grouped bars: answers 1 to 5 on the x axis (all \
# five, 0 for an unused answer), bar height the percentage, one hue per group that has \
# respondents in the order "staff", "student". Keep the percentages in `percent`, a long \
# DataFrame with columns `group`, `answer` and `percent`. Label the axes "answer" and "% of \
# group", title "Q1 answers by group", and keep the figure in `fig` and its Axes in `ax`."""
# prompt = """
# Staff and students are different sized groups in my survey `survey`, so for question `q1` \
# (a 1-5 Likert answer stored as an ordered categorical; `group` is "staff" or "student") I want \
# to compare percentages within each group, not raw counts. Please build a long table `percent` \
# with columns `group`, `answer` (1-5, all of them, 0% when nobody chose it) and `percent`, and \
# plot it with seaborn's barplot: answers on x, one colour per group ("staff" first, skipping a \
# group nobody belongs to). Axis labels "answer" and "% of group", title "Q1 answers by group", \
# figure in `fig`, Axes in `ax`."""
# domain = 'visualization'
# libraries = ['seaborn', 'pandas']
# inputs = { survey = 'likert' }
# checks = [
#     "list(percent.columns[:3]) == ['group', 'answer', 'percent']",
#     # per group present: the share of its respondents giving each answer, from plain Python counts
#     "(lambda present: len(figure_summary(fig).axes[0].bar_heights) == len(present) and all(np.allclose(heights, [100 * sum(int(a) == level for a, grp in zip(survey['q1'], survey['group']) if grp == g) / (survey['group'] == g).sum() for level in (1, 2, 3, 4, 5)]) for heights, g in zip(figure_summary(fig).axes[0].bar_heights, present)))([g for g in ('staff', 'student') if (survey['group'] == g).any()])",
#     "figure_summary(fig).axes[0].legend_labels == [g for g in ('staff', 'student') if (survey['group'] == g).any()]",
#     "figure_summary(fig).axes[0].xlabel == 'answer' and figure_summary(fig).axes[0].ylabel == '% of group'",
#     "figure_summary(fig).axes[0].title == 'Q1 answers by group'",
# ]
# difficulty = 'intermediate'
# tags = ['bar-chart', 'counting', 'categorical', 'semantic-mapping']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns

counts = pd.crosstab(survey["group"].astype(str), survey["q1"].astype(int))
counts = counts.reindex(columns=[1, 2, 3, 4, 5], fill_value=0)
# dividing by each row's total turns counts into shares of that group, so group sizes don't matter
shares = counts.div(counts.sum(axis=1), axis=0) * 100
percent = (
    shares.rename_axis(index="group", columns="answer")
    .reset_index()
    .melt(id_vars="group", value_name="percent")
)

fig, ax = plt.subplots()
sns.barplot(data=percent, x="answer", y="percent", hue="group", ax=ax)
ax.set(xlabel="answer", ylabel="% of group", title="Q1 answers by group")
