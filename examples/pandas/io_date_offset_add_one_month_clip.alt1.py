import pandas as pd

subscriptions = pd.DataFrame(
    {
        "member": ["kim", "lee", "ola", "raj"],
        "started": pd.to_datetime(["2024-01-15", "2024-01-31", "2024-03-31", "2023-12-30"]),
    }
)
month_end = (
    (subscriptions["started"].dt.to_period("M") + 1).dt.to_timestamp(how="end").dt.normalize()
)
same_day = (subscriptions["started"].dt.to_period("M") + 1).dt.to_timestamp() + pd.to_timedelta(
    subscriptions["started"].dt.day - 1, unit="D"
)
subscriptions["renews"] = same_day.where(same_day <= month_end, month_end)
