import pandas as pd


def change_vs_week_before(series):
    """Relative change of each value against the value exactly 7 days earlier."""
    # look up the dates one week back; absent dates come back as NaN
    earlier = series.reindex(series.index - pd.Timedelta(days=7))
    earlier.index = series.index
    return series / earlier - 1


weekly_change_a = change_vs_week_before(sensor["sensor_a"])
