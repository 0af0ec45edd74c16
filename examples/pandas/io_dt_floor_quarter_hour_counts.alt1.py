import pandas as pd

log = pd.DataFrame(
    {
        "time": pd.to_datetime(
            [
                "2024-04-03 09:02",
                "2024-04-03 09:14",
                "2024-04-03 09:15",
                "2024-04-03 09:29",
                "2024-04-03 09:31",
                "2024-04-03 09:58",
            ]
        ),
        "kind": ["call", "chat", "call", "call", "chat", "call"],
    }
)
per_slot = pd.crosstab(log["time"].dt.floor("15min"), log["kind"])
