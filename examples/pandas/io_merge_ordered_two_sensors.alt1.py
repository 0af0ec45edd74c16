import pandas as pd

temp = pd.DataFrame(
    {
        "time": pd.to_datetime(["2024-06-01 08:00", "2024-06-01 08:10", "2024-06-01 08:30"]),
        "temp": [18.5, 19.0, 20.5],
    }
)
hum = pd.DataFrame(
    {"time": pd.to_datetime(["2024-06-01 08:05", "2024-06-01 08:30"]), "hum": [61.0, 58.0]}
)
timeline = (
    temp.merge(hum, on="time", how="outer").sort_values("time").ffill().reset_index(drop=True)
)
