import seaborn as sns

g = sns.FacetGrid(rm_long, col="condition", col_wrap=2, height=2.5)
g.map_dataframe(
    sns.lineplot, x="time", y="score", units="subject", estimator=None, color="grey", linewidth=0.8
)
g.set_axis_labels("Time", "Score")
g.set_titles(col_template="{col_name}")
