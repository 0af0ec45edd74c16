import pandas as pd

visits = pd.Series(
    [3, 5, 2],
    index=pd.DatetimeIndex(["2024-05-01", "2024-05-02", "2024-05-05"]),
    name="visits",
)
all_days = pd.date_range(visits.index.min(), visits.index.max(), freq="D")
complete = visits.reindex(all_days, fill_value=0)
