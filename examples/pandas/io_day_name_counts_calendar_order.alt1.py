import pandas as pd

tickets = pd.Series(
    pd.to_datetime(
        [
            "2024-05-06 09:12",
            "2024-05-07 14:03",
            "2024-05-07 16:40",
            "2024-05-10 11:25",
            "2024-05-13 08:55",
            "2024-05-17 10:00",
        ]
    ),
    name="opened",
)
weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
day = pd.Categorical(tickets.dt.day_name(), categories=weekdays)
per_weekday = pd.Series(day).value_counts(sort=False)
