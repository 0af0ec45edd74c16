import seaborn as sns

g = sns.relplot(data=rm_long, x="time", y="score", col="condition", height=2)
for level, ax in g.axes_dict.items():
    ax.set_title(f"condition: {level}")
