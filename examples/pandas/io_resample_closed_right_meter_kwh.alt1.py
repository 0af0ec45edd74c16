import pandas as pd

meter = pd.Series(
    [0.4, 0.6, 0.5, 0.7, 0.9, 0.8],
    index=pd.to_datetime(
        [
            "2024-06-01 10:05",
            "2024-06-01 10:10",
            "2024-06-01 10:15",
            "2024-06-01 10:20",
            "2024-06-01 10:25",
            "2024-06-01 10:30",
        ]
    ),
    name="kwh",
)
# the end of the quarter hour each reading belongs to: a stamp on :15 stays in its own bin
bin_end = meter.index.ceil("15min")
per_quarter_hour = meter.groupby(bin_end).sum()
