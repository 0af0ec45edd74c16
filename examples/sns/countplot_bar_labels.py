# /// example
# task = """
# Count the rows of the DataFrame `trial` per `site` and `treatment` with seaborn `countplot` (x \
# `site`, hue `treatment`) on `fig, ax` and write each count on top of its bar with \
# `ax.bar_label`; label the x axis "Site" and the y axis "Participants" and add a title."""
# prompt = """
# How many rows of my DataFrame `trial` fall in each `site` and `treatment`? Show it as a seaborn \
# count plot (sites on x, treatment as hue) on `fig, ax`, with each count written on top of its \
# bar. X label "Site", y label "Participants", and a title."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib']
# inputs = { trial = 'trial' }
# checks = [
#     "sum(bar.get_height() for bars in ax.containers for bar in bars) == trial[['site', 'treatment']].dropna().shape[0]",
#     'figure_summary(fig).axes[0].n_texts == figure_summary(fig).axes[0].n_bars',
#     'sorted(int(t.get_text()) for t in ax.texts) == sorted(int(bar.get_height()) for bars in ax.containers for bar in bars)',
#     "figure_summary(fig).axes[0].xlabel == 'Site' and figure_summary(fig).axes[0].ylabel == 'Participants'",
# ]
# difficulty = 'intermediate'
# tags = ['counting', 'bar-chart', 'annotation']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

fig, ax = plt.subplots(figsize=(6, 4))
sns.countplot(data=trial, x="site", hue="treatment", ax=ax)
ax.set(xlabel="Site", ylabel="Participants", title="Enrolment by site and treatment")
for bars in ax.containers:
    ax.bar_label(bars, padding=2)
