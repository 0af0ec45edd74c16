# /// example
# task = """
# From the daily table `weather` (DatetimeIndex, columns `temperature` and `rainfall`), keep \
# every 7th row starting with the first one (days 1, 8, 15, ...) by position into `weekly`, \
# and the last 10 rows of the `rainfall` column alone into `last_rain` (fewer if the table is \
# shorter)."""
# prompt = """
# For a quick look at `weather` (one row per day) I want a weekly snapshot `weekly`: the first \
# day, then every 7th day after it, all columns, picked by position. Also give me the \
# `rainfall` of the last 10 days as `last_rain` (or all of it if there are fewer days)."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { weather = 'weather' }
# checks = [
#     'weekly.index.equals(weather.index[::7]) and list(weekly.columns) == list(weather.columns)',
#     'np.allclose(weekly.to_numpy(dtype=float), weather.to_numpy(dtype=float)[::7], equal_nan=True)',
#     'isinstance(last_rain, pd.Series) and last_rain.index.equals(weather.index[max(len(weather) - 10, 0):])',
#     'np.allclose(last_rain.to_numpy(dtype=float), weather["rainfall"].to_numpy(dtype=float)[max(len(weather) - 10, 0):], equal_nan=True)',
# ]
# difficulty = 'basic'
# tags = ['indexing']
# edge_cases = true
# ///
# a step of 7 in the row slice takes positions 0, 7, 14, ...
weekly = weather.iloc[::7]
last_rain = weather["rainfall"].iloc[-10:]
