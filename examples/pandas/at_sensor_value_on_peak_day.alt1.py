import numpy as np

readings_a = sensor["sensor_a"].to_numpy(dtype=float)
if np.isnan(readings_a).all():
    peak_day, b_on_peak = None, np.nan
else:
    position = int(np.nanargmax(readings_a))
    peak_day = sensor.index[position]
    b_on_peak = sensor.at[peak_day, "sensor_b"]
