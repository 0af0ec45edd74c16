import pandas as pd

orders = pd.Series(
    [3, 4, 1, 6, 2],
    index=pd.to_datetime(["2024-05-06", "2024-05-10", "2024-05-12", "2024-05-27", "2024-05-29"]),
    name="orders",
)
week_start = orders.index.normalize() - pd.to_timedelta(orders.index.day_of_week, unit="D")
totals = orders.groupby(week_start).sum()
all_mondays = pd.date_range(totals.index.min(), totals.index.max(), freq="7D")
weekly = totals.reindex(all_mondays, fill_value=0)
