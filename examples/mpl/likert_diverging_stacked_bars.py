# /// example
# task = """
# Draw the Likert answers of the survey table `survey` (`q1`..`q5`, ordered categorical 1-5) as a \
# diverging stacked horizontal bar chart on the Axes `ax`: one bar per question (y tick labels \
# "q1", "q2", "q3", "q4", "q5"), one `barh` call per answer level 1-5 in that order with widths \
# equal to the percentage of respondents giving that answer, stacked left to right so that the \
# neutral answer 3 is centred on 0 (each bar starts at minus the percentage of 1s, 2s and half \
# the 3s). Legend labels "strongly disagree", "disagree", "neutral", "agree", "strongly agree"; x \
# label "share of respondents (%)", a vertical line at 0 and the title "Survey answers". Keep the \
# figure in `fig`."""
# prompt = """
# Can you make the classic diverging stacked bar chart of my Likert survey `survey` (`q1` to \
# `q5`, answers 1-5 as ordered categoricals)? One horizontal bar per question labelled "q1", \
# "q2", "q3", "q4" and "q5", segments for answers 1 to 5 drawn with one barh call each, in order, \
# each segment as wide as the percentage of respondents choosing it, shifted so that the neutral \
# answer 3 straddles zero (disagreement to the left, agreement to the right). Legend entries \
# "strongly disagree", "disagree", "neutral", "agree", "strongly agree", x label "share of \
# respondents (%)", a vertical line at 0, title "Survey answers"; keep the figure in `fig` and \
# the Axes in `ax`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas', 'numpy']
# inputs = { survey = 'likert' }
# checks = [
#     # percentages per question and answer from plain Python counts
#     "(lambda pct: all(np.allclose(figure_summary(fig).axes[0].bar_heights[k], pct[:, k]) for k in range(5)) and all(np.allclose([p.get_x() for p in ax.containers[k]], -pct[:, 0] - pct[:, 1] - pct[:, 2] / 2 + pct[:, :k].sum(axis=1)) for k in range(5)))(np.array([[100 * sum(int(a) == level for a in survey[q]) / len(survey) for level in (1, 2, 3, 4, 5)] for q in ('q1', 'q2', 'q3', 'q4', 'q5')]))",
#     "all(o == 'horizontal' for o in figure_summary(fig).axes[0].bar_orientations)",
#     "figure_summary(fig).axes[0].legend_labels == ['strongly disagree', 'disagree', 'neutral', 'agree', 'strongly agree']",
#     "figure_summary(fig).axes[0].yticklabels == ['q1', 'q2', 'q3', 'q4', 'q5']",
#     "figure_summary(fig).axes[0].xlabel == 'share of respondents (%)'",
#     "any(np.allclose(xy[:, 0], 0) for xy in figure_summary(fig).axes[0].lines_xy)",
#     "figure_summary(fig).axes[0].title == 'Survey answers'",
# ]
# difficulty = 'intermediate'
# tags = ['bar-chart', 'categorical', 'counting', 'annotation']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import numpy as np

questions = ["q1", "q2", "q3", "q4", "q5"]
labels = ["strongly disagree", "disagree", "neutral", "agree", "strongly agree"]
# percent of respondents per answer level (rows: questions, columns: levels 1-5)
percent = np.array(
    [
        survey[q]
        .value_counts(normalize=True, sort=False)
        .reindex([1, 2, 3, 4, 5], fill_value=0)
        .to_numpy()
        * 100
        for q in questions
    ]
)

# start each bar left of zero by the disagreeing share plus half of the neutral one
left = -(percent[:, 0] + percent[:, 1] + percent[:, 2] / 2)
colors = plt.get_cmap("RdBu")(np.linspace(0.1, 0.9, 5))

fig, ax = plt.subplots(figsize=(8, 4))
for level, (label, color) in enumerate(zip(labels, colors, strict=True)):
    ax.barh(questions, percent[:, level], left=left, color=color, label=label)
    left = left + percent[:, level]
ax.axvline(0, color="black", linewidth=1)
ax.set_xlabel("share of respondents (%)")
ax.set_title("Survey answers")
ax.legend(ncols=5, loc="upper center", bbox_to_anchor=(0.5, -0.15), fontsize="small")
