import pandas as pd

rain = pd.Series(
    [2.0, 5.0, 1.0, 4.0, 3.0],
    index=pd.to_datetime(["2024-04-01", "2024-04-02", "2024-04-05", "2024-04-06", "2024-04-07"]),
    name="rain",
)
daily = rain.asfreq("D", fill_value=0.0)
rain_3d = daily.rolling(window=3, min_periods=1).sum().reindex(rain.index)
