import pandas as pd

events = pd.DataFrame(
    {
        "sensor": ["a", "b", "a", "b", "a"],
        "time": pd.to_datetime(
            [
                "2024-01-01 00:00",
                "2024-01-01 00:30",
                "2024-01-01 01:00",
                "2024-01-01 02:00",
                "2024-01-01 03:00",
            ]
        ),
        "load": [1.0, 3.0, 2.0, 5.0, 4.0],
    }
)
window = pd.Timedelta(hours=2)
events["load_2h"] = [
    events.loc[
        (events["sensor"] == row.sensor)
        & (events["time"] > row.time - window)
        & (events["time"] <= row.time),
        "load",
    ].sum()
    for row in events.itertuples()
]
