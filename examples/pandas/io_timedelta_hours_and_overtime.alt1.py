import pandas as pd

shifts = pd.DataFrame(
    {
        "worker": ["ana", "ben", "cho", "dev"],
        "start": pd.to_datetime(
            ["2024-02-05 08:00", "2024-02-05 09:30", "2024-02-05 22:00", "2024-02-05 07:45"]
        ),
        "end": pd.to_datetime(
            ["2024-02-05 16:00", "2024-02-05 19:00", "2024-02-06 07:15", "2024-02-05 12:15"]
        ),
    }
)
shifts["hours"] = (shifts["end"] - shifts["start"]).dt.total_seconds() / 3600
shifts["overtime_h"] = (shifts["hours"] - 8).clip(lower=0)
