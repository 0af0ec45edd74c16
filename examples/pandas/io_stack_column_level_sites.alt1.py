import pandas as pd

columns = pd.MultiIndex.from_product(
    [["temp", "humidity"], ["roof", "yard"]], names=["metric", "site"]
)
readings = pd.DataFrame(
    [[21.5, 23.0, 40, 55], [19.0, 20.5, 48, 61]],
    index=pd.Index(["08:00", "12:00"], name="time"),
    columns=columns,
)
long = readings.melt(ignore_index=False).reset_index()
long_by_site = long.pivot_table(
    index=["time", "site"], columns="metric", values="value", sort=False
)
long_by_site = long_by_site[["temp", "humidity"]]
