import seaborn as sns

g = sns.displot(
    data=trial,
    x="response",
    hue="treatment",
    col="site",
    kind="kde",
    fill=True,
    common_norm=False,
    warn_singular=False,
)
g.set_axis_labels("Response", "Density")
g.set_titles(col_template="{col_name}")
if g.legend is not None:  # no legend when no group had a density to draw
    g.legend.set_title("Treatment")
