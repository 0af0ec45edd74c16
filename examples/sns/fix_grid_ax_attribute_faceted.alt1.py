import seaborn as sns

scores = rm_long.reset_index(drop=True)
g = sns.relplot(
    data=scores, x="time", y="score", col="condition", kind="line", errorbar=None, height=2
)
g.refline(y=scores["score"].mean(), linestyle=":")
