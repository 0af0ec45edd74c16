import pandas as pd

month_ends = pd.date_range("2024-01-01", "2024-06-30", freq="MS") + pd.offsets.MonthEnd(0)
# roll a weekend month end back to the Friday before
paydays = pd.Series(
    [pd.offsets.BDay().rollback(day) for day in month_ends],
    index=month_ends.to_period("M"),
)
