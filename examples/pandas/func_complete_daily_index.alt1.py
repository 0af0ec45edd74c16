import pandas as pd


def complete_daily_index(df, fill_value=None):
    """Reindex a frame indexed by dates (midnights) to every calendar day in its range.

    Rows are sorted by time; days missing between the first and the last
    timestamp are added with `fill_value` in every column (NaN when None).
    Existing rows are unchanged and an empty frame is returned as is.
    Raises ValueError("duplicate timestamps") when a timestamp repeats.
    """
    if not df.index.is_unique:
        raise ValueError("duplicate timestamps")
    if len(df) == 0:
        return df
    days = pd.date_range(df.index.min(), df.index.max(), freq="D")
    return df.reindex(days, fill_value=fill_value)


daily_rain = complete_daily_index(weather[weather["rainfall"] > 0][["rainfall"]], 0.0)

try:
    complete_daily_index(
        pd.DataFrame({"v": [1, 2]}, index=pd.DatetimeIndex(["2024-05-01", "2024-05-01"]))
    )
except ValueError as exc:
    duplicate_error = str(exc)
