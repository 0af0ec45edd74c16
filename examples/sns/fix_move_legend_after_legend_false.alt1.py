import matplotlib.pyplot as plt
import seaborn as sns

fig, ax = plt.subplots(figsize=(6, 4))
sns.lineplot(data=rm_long, x="time", y="score", hue="condition", errorbar=None, ax=ax)
# rebuild the legend from the plotted lines, anchored just outside the right edge
handles, labels = ax.get_legend_handles_labels()
ax.legend(handles, labels, title="condition", loc="upper left", bbox_to_anchor=(1, 1))
