# /// example
# task = """
# Smooth the daily `temperature` column of `weather` (a DatetimeIndex) with an exponentially \
# weighted mean whose weights halve every 7 days of elapsed time, passing the timestamps so the \
# decay follows the calendar. Store the smoothed Series in `smoothed`."""
# prompt = """
# I'd like an exponentially weighted average of the `temperature` in `weather` where a reading \
# counts half as much for every 7 days it is older, measured on the actual dates of the index. \
# Put the smoothed series in `smoothed`."""
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { weather = 'weather' }
# checks = [
#     'isinstance(smoothed, pd.Series) and smoothed.index.equals(weather.index)',
#     # weights 0.5 ** (age in days / 7) over all readings so far, normalised
#     '(lambda d, x: np.allclose(smoothed.to_numpy(dtype=float), [np.average(x[: i + 1], weights=0.5 ** ((d[i] - d[: i + 1]) / 7)) for i in range(len(x))]))(((weather.index - weather.index[0]) / pd.Timedelta("1D")).to_numpy(), weather["temperature"].to_numpy(dtype=float))',
# ]
# difficulty = 'intermediate'
# tags = ['rolling-window', 'smoothing', 'time-series']
# edge_cases = true
# ///
# a time-based halflife needs the timestamps; the weight of a reading halves every 7 days
smoothed = weather["temperature"].ewm(halflife="7D", times=weather.index).mean()
