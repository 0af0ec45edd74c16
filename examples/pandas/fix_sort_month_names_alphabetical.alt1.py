import pandas as pd

monthly = pd.DataFrame(
    {"month": ["Mar", "Jan", "Apr", "Feb"], "total": [310.0, 120.0, 95.0, 240.0]}
)
in_order = monthly.sort_values(
    "month", key=lambda months: pd.to_datetime(months, format="%b").dt.month
)
