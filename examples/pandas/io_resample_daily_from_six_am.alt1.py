import pandas as pd

meter = pd.Series(
    [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0],
    index=pd.date_range("2024-03-01 02:00", periods=12, freq="4h"),
    name="kwh",
)
six_hours = pd.Timedelta(hours=6)
meter_day = (meter.index - six_hours).floor("D") + six_hours
daily = meter.groupby(meter_day).sum()
