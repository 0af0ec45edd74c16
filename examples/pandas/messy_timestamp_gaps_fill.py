# /// example
# task = """
# A logger should write `temp_c` every 10 minutes, but some readings never arrived. Build \
# `readings` from the log below (`time` parsed to datetimes). Find the gaps: store in `gaps` one \
# row per gap with `last_before` (the reading before it), `first_after` (the reading after it) \
# and `n_missing` (how many 10-minute slots are absent). Then put the series on a regular \
# 10-minute grid from the first to the last reading and fill the absent slots by time-weighted \
# linear interpolation, storing the Series in `filled` (indexed by time).
#
# time:   08:00, 08:10, 08:20, 08:50, 09:00, 09:10, 09:30, 09:40 (all on 2024-05-06)
# temp_c: 20.1,  20.4,  20.9,  22.0,  22.2,  22.1,  21.5,  21.4"""
# prompt = """
# My logger is supposed to record `temp_c` every 10 minutes but some readings are missing. Here is \
# the log (all on 2024-05-06); put it in a DataFrame `readings` with `time` as datetimes:
#
# time, temp_c
# 08:00, 20.1
# 08:10, 20.4
# 08:20, 20.9
# 08:50, 22.0
# 09:00, 22.2
# 09:10, 22.1
# 09:30, 21.5
# 09:40, 21.4
#
# List the gaps in `gaps`, one row each with the reading just before (`last_before`), the one \
# just after (`first_after`) and the number of missing 10-minute slots (`n_missing`). Then give \
# me `filled`: the temperatures on a complete 10-minute grid from first to last reading, with the \
# missing slots interpolated linearly in time."""
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = {}
# checks = [
#     'readings["time"].dt.strftime("%H:%M").tolist() == ["08:00", "08:10", "08:20", "08:50", "09:00", "09:10", "09:30", "09:40"]',
#     'np.allclose(readings["temp_c"], [20.1, 20.4, 20.9, 22.0, 22.2, 22.1, 21.5, 21.4])',
#     'len(gaps) == int((readings["time"].diff() > pd.Timedelta(minutes=10)).sum())',
#     'pd.to_datetime(gaps["last_before"]).tolist() == readings["time"][readings["time"].shift(-1) - readings["time"] > pd.Timedelta(minutes=10)].tolist()',
#     'pd.to_datetime(gaps["first_after"]).tolist() == readings["time"][readings["time"].diff() > pd.Timedelta(minutes=10)].tolist()',
#     'int(gaps["n_missing"].sum()) == len(filled) - len(readings) and all(gaps["n_missing"] >= 1)',
#     'filled.index.equals(pd.date_range(readings["time"].min(), readings["time"].max(), freq="10min"))',
#     # time-weighted interpolation is np.interp on the time axis
#     'np.allclose(filled.to_numpy(dtype=float), np.interp(filled.index.asi8, pd.DatetimeIndex(readings["time"]).asi8, readings["temp_c"]))',
# ]
# difficulty = 'intermediate'
# tags = ['data-cleaning', 'time-series', 'interpolation', 'index-alignment']
# ///
import pandas as pd

clock = ["08:00", "08:10", "08:20", "08:50", "09:00", "09:10", "09:30", "09:40"]
readings = pd.DataFrame(
    {
        "time": pd.to_datetime([f"2024-05-06 {hhmm}" for hhmm in clock]),
        "temp_c": [20.1, 20.4, 20.9, 22.0, 22.2, 22.1, 21.5, 21.4],
    }
)

step = pd.Timedelta(minutes=10)
spacing = readings["time"].diff()
after_gap = spacing > step
gaps = pd.DataFrame(
    {
        "last_before": readings["time"].shift()[after_gap],
        "first_after": readings["time"][after_gap],
        # a 30-minute jump skips two 10-minute slots
        "n_missing": spacing[after_gap] // step - 1,
    }
).reset_index(drop=True)

filled = readings.set_index("time")["temp_c"].asfreq(step).interpolate(method="time")
