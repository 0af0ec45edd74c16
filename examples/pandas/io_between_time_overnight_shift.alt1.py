import pandas as pd

stamps = pd.to_datetime(
    [
        "2024-05-01 21:30",
        "2024-05-01 22:00",
        "2024-05-02 02:15",
        "2024-05-02 06:00",
        "2024-05-02 06:30",
        "2024-05-02 13:00",
    ]
)
calls = pd.Series([3, 5, 2, 4, 7, 1], index=stamps, name="calls")
time_of_day = calls.index - calls.index.normalize()
night = calls[(time_of_day >= pd.Timedelta(hours=22)) | (time_of_day <= pd.Timedelta(hours=6))]
