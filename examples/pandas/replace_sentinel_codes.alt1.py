import numpy as np

raw = sensor.copy()
raw.loc[raw.index[::5], "sensor_a"] = -9999
raw.loc[raw.index[2::7], "sensor_b"] = 9999

sentinels = [-9999, 9999]
cleaned = raw.replace(sentinels, np.nan)
n_missing = cleaned.isna().sum()
