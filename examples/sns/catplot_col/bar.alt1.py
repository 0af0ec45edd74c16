import seaborn as sns

g = sns.catplot(
    data=trial,
    x="site",
    y="response",
    col="treatment",
    kind="bar",
    errorbar=("ci", 95),
    seed=0,
    height=3.5,
)
g.set_axis_labels("Site", "Response")
g.set_titles(col_template="Treatment: {col_name}")
g.figure.suptitle("Response by site and treatment")
g.figure.subplots_adjust(top=0.85)
