import seaborn as sns

long = stations.melt(
    id_vars="temperature",
    value_vars=["elevation_m", "lat"],
    var_name="variable",
    value_name="value",
)
grid = sns.lmplot(
    data=long, x="value", y="temperature", col="variable", ci=None, sharex=False, height=4
)
grid.set_titles("temperature vs {col_name}")
fig = grid.figure
