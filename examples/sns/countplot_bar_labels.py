# /// example
# task = """
# Count the respondents of the Likert survey `likert` per answer to `q1` and `group` with seaborn \
# `countplot` (x `q1`, hue `group`) on `fig, ax` and write each count on top of its bar with \
# `ax.bar_label`; label the x axis "Answer to q1" and the y axis "Respondents" and add a title."""
# prompt = """
# How many respondents of my survey `likert` gave each answer to `q1`, split by `group`? Show it \
# as a seaborn count plot (answers on x, group as hue) on `fig, ax`, with each count written on \
# top of its bar. X label "Answer to q1", y label "Respondents", and a title."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib']
# inputs = { likert = 'likert' }
# checks = [
#     "sum(bar.get_height() for bars in ax.containers for bar in bars) == likert[['q1', 'group']].dropna().shape[0]",
#     'figure_summary(fig).axes[0].n_texts == figure_summary(fig).axes[0].n_bars',
#     'sorted(int(t.get_text()) for t in ax.texts) == sorted(int(bar.get_height()) for bars in ax.containers for bar in bars)',
#     "sorted(int(h) for bars in ax.containers for bar in bars if (h := bar.get_height()) > 0) == sorted(n for n in likert[['q1', 'group']].dropna().value_counts().tolist() if n > 0)",
#     "figure_summary(fig).axes[0].xlabel == 'Answer to q1' and figure_summary(fig).axes[0].ylabel == 'Respondents'",
# ]
# difficulty = 'intermediate'
# tags = ['counting', 'bar-chart', 'annotation']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

fig, ax = plt.subplots(figsize=(6, 4))
sns.countplot(data=likert, x="q1", hue="group", ax=ax)
ax.set(xlabel="Answer to q1", ylabel="Respondents", title="Answers to q1 by group")
# with hue, each group's bars form a separate container, so every container is labelled
for bars in ax.containers:
    ax.bar_label(bars, padding=2)
