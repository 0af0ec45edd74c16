# /// example
# task = """
# `combined` should put the three raw channels of `sensor` next to their 3-day rolling means \
# (columns `sensor_a_smooth`, ...), one row per day and six columns. This code runs, but \
# `combined` has twice as many rows as `sensor`, full of NaN:
#
# ```python
# import pandas as pd
#
# smooth = sensor.rolling(3).mean().add_suffix("_smooth")
# combined = pd.concat([sensor, smooth])
# ```
#
# Fix it."""
# prompt = """
# I want my raw `sensor` channels and their 3-day rolling means (suffix `_smooth`) side by side in \
# `combined`, same dates as rows, six columns. My code
#
# ```python
# import pandas as pd
#
# smooth = sensor.rolling(3).mean().add_suffix("_smooth")
# combined = pd.concat([sensor, smooth])
# ```
#
# stacks them underneath each other instead, with NaN everywhere. What am I missing?"""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { sensor = 'sensor' }
# checks = [
#     'combined.shape == (len(sensor), 6) and combined.index.equals(sensor.index)',
#     'np.allclose(combined[["sensor_a", "sensor_b", "sensor_c"]].to_numpy(dtype=float), sensor.to_numpy(dtype=float))',
#     'np.allclose(combined[["sensor_a_smooth", "sensor_b_smooth", "sensor_c_smooth"]].to_numpy(dtype=float), np.vstack([np.full((min(2, len(sensor)), 3), np.nan), (sensor.to_numpy(dtype=float)[2:] + sensor.to_numpy(dtype=float)[1:-1] + sensor.to_numpy(dtype=float)[:-2]) / 3]) if len(sensor) > 2 else np.full((len(sensor), 3), np.nan), equal_nan=True)',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'merging', 'rolling-window']
# edge_cases = true
# ///
import pandas as pd

smooth = sensor.rolling(3).mean().add_suffix("_smooth")
# concat stacks rows by default; axis=1 places the frames side by side, aligned on the dates
combined = pd.concat([sensor, smooth], axis=1)
