import numpy as np
import pandas as pd

readings = pd.DataFrame(
    {
        "time": ["08:00", "08:10", "08:20", "08:50", "09:00", "09:10", "09:30", "09:40"],
        "temp_c": [20.1, 20.4, 20.9, 22.0, 22.2, 22.1, 21.5, 21.4],
    }
)
readings["time"] = pd.to_datetime("2024-05-06 " + readings["time"], format="%Y-%m-%d %H:%M")

times = readings["time"].to_numpy()
minutes_between = np.diff(times) / np.timedelta64(1, "m")
gap_at = np.flatnonzero(minutes_between > 10)
gaps = pd.DataFrame(
    {
        "last_before": times[gap_at],
        "first_after": times[gap_at + 1],
        "n_missing": (minutes_between[gap_at] / 10 - 1).astype(int),
    }
)

grid = pd.date_range(readings["time"].iloc[0], readings["time"].iloc[-1], freq="10min")
filled = readings.set_index("time")["temp_c"].reindex(grid).interpolate(method="time")
