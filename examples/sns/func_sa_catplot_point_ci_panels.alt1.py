import seaborn as sns


def point_means_panels(df, x, y, col):
    """Point plot of the mean of column `y` at each level of `x` (levels
    in sorted order, joined by a line), one panel per level of `col`,
    with a bootstrapped 95% confidence interval of each mean drawn as an
    error bar (seed 0, so the plot is reproducible). Returns the FacetGrid.
    """
    x_levels = sorted(df[x].dropna().unique())
    grid = sns.FacetGrid(df, col=col, height=3)
    grid.map_dataframe(
        sns.pointplot,
        x=x,
        y=y,
        order=x_levels,
        estimator="mean",
        errorbar=("ci", 95),
        n_boot=1000,
        seed=0,
    )
    grid.set_axis_labels(x, y)
    return grid


g = point_means_panels(rm_long, x="time", y="score", col="condition")
