import pandas as pd

# one block of rows per channel, stacked on top of each other
long_readings = pd.concat(
    [
        pd.DataFrame(
            {"date": sensor.index, "channel": channel, "reading": sensor[channel].to_numpy()}
        )
        for channel in sensor.columns
    ],
    ignore_index=True,
)

weekly = long_readings.groupby([pd.Grouper(key="date", freq="W"), "channel"])["reading"].max()
weekly_max = weekly.unstack(level="channel")
