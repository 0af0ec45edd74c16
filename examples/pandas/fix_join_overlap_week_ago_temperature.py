# /// example
# task = """
# The goal is `compared`: the daily table `weather` with an extra column \
# `temperature_week_ago` holding the temperature of the same calendar day one week earlier \
# (NaN where that day is not in the data). This code raises an error:
#
# ```python
# week_ago = weather[["temperature"]].shift(7, freq="D")
# compared = weather.join(week_ago)
# ```
#
# ```text
# ValueError: columns overlap but no suffix specified: Index(['temperature'], dtype='str')
# ```
#
# Fix it."""
# prompt = """
# I want to put each day's `temperature` in `weather` next to the temperature 7 days before, as a \
# column `temperature_week_ago` in a frame `compared` (NaN when the earlier day is missing). I \
# tried
#
# ```python
# week_ago = weather[["temperature"]].shift(7, freq="D")
# compared = weather.join(week_ago)
# ```
#
# and got
#
# ```text
# ValueError: columns overlap but no suffix specified: Index(['temperature'], dtype='str')
# ```
#
# How do I join them?"""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { weather = 'weather' }
# checks = [
#     'compared.index.equals(weather.index) and np.allclose(compared["temperature"].to_numpy(dtype=float), weather["temperature"].to_numpy(dtype=float))',
#     # the index is daily without gaps, so 7 days back is 7 rows back
#     'np.allclose(compared["temperature_week_ago"].to_numpy(dtype=float), np.concatenate([np.full(min(7, len(weather)), np.nan), weather["temperature"].to_numpy(dtype=float)[:-7]]), equal_nan=True)',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'merging', 'lags']
# edge_cases = true
# ///
# join refuses two columns of the same name: rename the shifted copy before joining
# (shift with freq= moves the dates one week later, not the values)
week_ago = weather[["temperature"]].shift(7, freq="D").add_suffix("_week_ago")
compared = weather.join(week_ago)
