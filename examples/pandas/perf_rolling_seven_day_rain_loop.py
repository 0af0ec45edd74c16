# /// example
# task = """
# This loop computes, for every day of `weather` (daily DatetimeIndex), the rainfall total of \
# the 7 days ending on that day (the day and the 6 before it; fewer at the start), as the array \
# `rain_7d`:
#
# ```python
# import numpy as np
# import pandas as pd
#
# rain_7d = np.empty(len(weather))
# for i, day in enumerate(weather.index):
#     window = weather.loc[day - pd.Timedelta(days=6) : day, "rainfall"]
#     rain_7d[i] = window.sum()
# ```
#
# Compute the same `rain_7d` with a time-based rolling window instead of the loop."""
# prompt = """
# I want the 7-day rainfall total ending on each day of my `weather` table (today plus the 6 \
# days before, partial windows at the start), in `rain_7d`. My loop slices the frame once per \
# day:
#
# ```python
# import numpy as np
# import pandas as pd
#
# rain_7d = np.empty(len(weather))
# for i, day in enumerate(weather.index):
#     window = weather.loc[day - pd.Timedelta(days=6) : day, "rainfall"]
#     rain_7d[i] = window.sum()
# ```
#
# Is there a pandas one-liner for this?"""
# task_type = 'performance'
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { weather = 'weather' }
# checks = [
#     'len(rain_7d) == len(weather)',
#     # the index is daily without gaps: the window is the day and up to 6 rows before it
#     'np.allclose(np.asarray(rain_7d, dtype=float), [weather["rainfall"].to_numpy()[max(0, i - 6) : i + 1].sum() for i in range(len(weather))])',
# ]
# difficulty = 'basic'
# tags = ['vectorization', 'rolling-window', 'time-series']
# edge_cases = true
# ///
# a "7D" window ending on each day covers that day and the 6 before it, partial at the start
rain_7d = weather["rainfall"].rolling("7D").sum().to_numpy()
