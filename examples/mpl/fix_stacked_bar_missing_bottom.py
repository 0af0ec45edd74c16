# /// example
# task = """
# `likert` holds survey answers: `q1` is an ordered answer 1-5 and `group` is "staff" or \
# "student". This code should draw, in the figure `fig`, one stacked bar per answer of `q1`: the \
# staff count at the bottom and the student count stacked on top, with a legend "staff", \
# "student". It runs, but the student bars are drawn from zero over the staff bars, hiding them:
#
# ```python
# import matplotlib.pyplot as plt
#
# counts = likert.groupby(["q1", "group"], observed=False).size().unstack("group")
# answers = counts.index.astype(str)
# fig, ax = plt.subplots()
# ax.bar(answers, counts["staff"], label="staff")
# ax.bar(answers, counts["student"], label="student")
# ax.set(xlabel="answer to q1", ylabel="respondents", title="Q1 answers by group")
# ax.legend()
# ```
#
# Fix it."""
# prompt = """
# I want stacked bars of the answers to `q1` (1 to 5) in my survey table `likert`: staff counts \
# at the bottom, student counts on top (`group` column), legend "staff" and "student", in `fig`:
#
# ```python
# import matplotlib.pyplot as plt
#
# counts = likert.groupby(["q1", "group"], observed=False).size().unstack("group")
# answers = counts.index.astype(str)
# fig, ax = plt.subplots()
# ax.bar(answers, counts["staff"], label="staff")
# ax.bar(answers, counts["student"], label="student")
# ax.set(xlabel="answer to q1", ylabel="respondents", title="Q1 answers by group")
# ax.legend()
# ```
#
# The student bars cover the staff bars instead of sitting on top of them."""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas', 'numpy']
# inputs = { likert = 'likert' }
# checks = [
#     'figure_summary(fig).axes[0].legend_labels == ["staff", "student"]',
#     # bar heights are the counts per answer 1..5 of each group
#     'all(np.array_equal(figure_summary(fig).axes[0].bar_heights[k], [np.sum((likert["q1"] == a) & (likert["group"] == g)) for a in range(1, 6)]) for k, g in enumerate(["staff", "student"]))',
#     # vertical bars: each patch's height is the count (a horizontal bar's height is its thickness)
#     'all(np.array_equal([p.get_height() for p in fig.axes[0].containers[k]], [np.sum((likert["q1"] == a) & (likert["group"] == g)) for a in range(1, 6)]) for k, g in enumerate(["staff", "student"]))',
#     # each student bar starts where the staff bar of the same answer ends
#     'np.array_equal([p.get_y() for p in fig.axes[0].containers[1]], [np.sum((likert["q1"] == a) & (likert["group"] == "staff")) for a in range(1, 6)])',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'bar-chart', 'counting']
# edge_cases = true
# ///
import matplotlib.pyplot as plt

counts = likert.groupby(["q1", "group"], observed=False).size().unstack("group")
answers = counts.index.astype(str)
fig, ax = plt.subplots()
ax.bar(answers, counts["staff"], label="staff")
# bottom= starts each student bar on top of the staff bar for the same answer
ax.bar(answers, counts["student"], bottom=counts["staff"], label="student")
ax.set(xlabel="answer to q1", ylabel="respondents", title="Q1 answers by group")
ax.legend()
