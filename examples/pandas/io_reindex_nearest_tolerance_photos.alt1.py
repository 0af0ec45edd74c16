import pandas as pd

gps = pd.Series(
    [12.0, 14.5, 13.0, 16.0],
    index=pd.to_datetime(
        ["2024-06-01 10:00", "2024-06-01 10:07", "2024-06-01 10:21", "2024-06-01 10:40"]
    ),
    name="speed",
)
photo_times = pd.to_datetime(
    ["2024-06-01 10:05", "2024-06-01 10:14", "2024-06-01 10:37", "2024-06-01 10:52"]
)
matched = pd.merge_asof(
    pd.DataFrame({"time": photo_times}),
    gps.rename_axis("time").reset_index(),
    on="time",
    direction="nearest",
    tolerance=pd.Timedelta("5min"),
)
photo_speed = pd.Series(matched["speed"].to_numpy(), index=photo_times, name="speed")
