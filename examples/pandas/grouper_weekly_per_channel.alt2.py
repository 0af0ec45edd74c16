import pandas as pd

long_readings = (
    sensor.rename_axis("date")
    .reset_index()
    .melt(id_vars="date", var_name="channel", value_name="reading")
)

weekly_max = (
    long_readings.groupby([pd.Grouper(key="date", freq="W"), "channel"]).max()["reading"].unstack()
)
