import pandas as pd

punches = pd.DataFrame(
    {
        "employee": ["kim", "kim", "lou", "lou"],
        "clock": pd.to_datetime(
            [
                "2024-06-03 08:53:00",
                "2024-06-03 17:08:00",
                "2024-06-03 09:07:29",
                "2024-06-03 16:52:31",
            ]
        ),
    }
)
quarter = pd.Timedelta(minutes=15)
punches["rounded"] = (punches["clock"] + quarter / 2).dt.floor("15min")
