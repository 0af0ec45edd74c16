import seaborn as sns

g = sns.relplot(
    data=rm_long,
    x="time",
    y="score",
    col="condition",
    units="subject",
    estimator=None,
    kind="line",
    linewidth=0.8,
    height=3,
)
g.set_axis_labels("time", "score")
