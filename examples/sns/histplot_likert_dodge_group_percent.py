# /// example
# task = """
# From the survey `likert` (`respondent`, `q1`..`q5` ordered 1-5, `group` staff/student), draw \
# with seaborn's `histplot` on `fig, ax` the answers to `q1` as integers with one bar per answer \
# value (`discrete=True`), staff and student bars side by side (`multiple="dodge"`), each group's \
# bars in percent of that group's respondents (`stat="percent"`, `common_norm=False`). Label the \
# axes "q1 answer" and "% of group"."""
# prompt = """
# Compare how staff and students answered `q1` in my `likert` survey: one bar per answer value, \
# the two `group`s dodged next to each other, and heights as the percentage within each group \
# (each group's bars add up to 100) so the different group sizes don't matter. Seaborn on \
# `fig, ax`, axis labels "q1 answer" and "% of group"."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas']
# inputs = { likert = 'likert' }
# checks = [
#     # each hue group's bars are its answer shares over the common answer range, in percent
#     '(lambda q, drawn: sorted(drawn) == sorted(tuple(np.round(100 * (q[likert["group"] == g].value_counts().reindex(range(q.min(), q.max() + 1), fill_value=0) / (likert["group"] == g).sum()).to_numpy(), 6)) for g in likert["group"].unique()))(likert["q1"].astype(int), [tuple(np.round(h, 6)) for h in figure_summary(fig).axes[0].bar_heights])',
#     # dodged: bars of different groups sit at different x positions
#     'len(set(np.round(np.concatenate(figure_summary(fig).axes[0].bar_centers), 6))) == sum(len(c) for c in figure_summary(fig).axes[0].bar_centers)',
#     'figure_summary(fig).axes[0].xlabel == "q1 answer" and figure_summary(fig).axes[0].ylabel == "% of group"',
# ]
# difficulty = 'intermediate'
# tags = ['histogram', 'counting', 'semantic-mapping']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

# answers as plain integers give numeric bins centred on 1..5
answers = likert.assign(q1=likert["q1"].astype(int))

fig, ax = plt.subplots(figsize=(6, 4))
sns.histplot(
    answers,
    x="q1",
    hue="group",
    discrete=True,
    multiple="dodge",
    shrink=0.8,
    stat="percent",
    # common_norm=False makes each group's bars sum to 100 on their own
    common_norm=False,
    ax=ax,
)
ax.set(xlabel="q1 answer", ylabel="% of group", title="Answers to q1 by group")
