import matplotlib.pyplot as plt
import seaborn as sns

fig = plt.figure(figsize=(5, 4))
ax = fig.add_subplot()
sns.violinplot(
    survival,
    x="group",
    y="time",
    hue="event",
    hue_order=[True, False],
    split=True,
    inner="quart",
    cut=0,
    palette="Set2",
    ax=ax,
)
ax.set_xlabel("group")
ax.set_ylabel("time")
ax.set_title("Time to event, observed vs censored")
ax.legend(title="event observed")
