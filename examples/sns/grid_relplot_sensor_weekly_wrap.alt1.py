import seaborn as sns

weekly_means = sensor.sort_index().resample("W").mean()
weekly_means.index.name = "date"
weekly = weekly_means.stack().rename("value").rename_axis(["date", "sensor"]).reset_index()
g = sns.relplot(
    data=weekly, x="date", y="value", col="sensor", col_wrap=2, kind="line", height=2, aspect=1.5
)
g.set_titles(col_template="{col_name}")
for ax in g.axes.flat:
    ax.tick_params(axis="x", rotation=45)
