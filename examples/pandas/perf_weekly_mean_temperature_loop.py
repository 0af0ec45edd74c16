# /// example
# task = """
# This loop computes the trailing 7-day mean of the daily `temperature` in `weather` (the day \
# itself and the 6 days before it; NaN for the first 6 days) into the array `week_mean`:
#
# ```python
# import numpy as np
#
# temps = weather["temperature"].to_numpy()
# week_mean = np.full(len(temps), np.nan)
# for i in range(6, len(temps)):
#     week_mean[i] = temps[i - 6 : i + 1].mean()
# ```
#
# Compute the same `week_mean` with a vectorised pandas operation."""
# prompt = """
# I smooth the daily `temperature` of my `weather` table with a trailing 7-day mean (today plus \
# the previous 6 days, NaN until 7 days are available) into an array `week_mean`:
#
# ```python
# import numpy as np
#
# temps = weather["temperature"].to_numpy()
# week_mean = np.full(len(temps), np.nan)
# for i in range(6, len(temps)):
#     week_mean[i] = temps[i - 6 : i + 1].mean()
# ```
#
# Is there a built-in way that doesn't loop over the days?"""
# task_type = 'performance'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { weather = 'weather' }
# checks = [
#     'len(week_mean) == len(weather)',
#     'np.allclose(np.asarray(week_mean, dtype=float), [weather["temperature"].to_numpy()[i - 6 : i + 1].mean() if i >= 6 else np.nan for i in range(len(weather))], equal_nan=True)',
# ]
# difficulty = 'basic'
# tags = ['vectorization', 'rolling-window', 'time-series', 'smoothing']
# edge_cases = true
# ///
# a window of 7 rows ends at the current day; rows with fewer than 7 values stay NaN
week_mean = weather["temperature"].rolling(window=7).mean().to_numpy()
