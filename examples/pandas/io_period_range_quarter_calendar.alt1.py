import pandas as pd

first_day = pd.date_range("2024-01-01", periods=4, freq="QS")
last_day = first_day + pd.offsets.QuarterEnd(0)
calendar = pd.DataFrame(
    {
        "quarter": [f"{day.year}Q{day.quarter}" for day in first_day],
        "first_day": first_day,
        "last_day": last_day,
        "days": (last_day - first_day).days + 1,
    }
)
