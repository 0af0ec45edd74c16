# /// example
# task = """
# Smooth the `temperature` of `weather` with a centred 7-day rolling mean that still gives values \
# at both ends of the series (`center=True`, `min_periods=1`); store it in `smoothed`."""
# prompt = """
# Smooth the `temperature` of `weather` with a centred 7-day rolling mean that still gives values \
# at both ends of the series (centred window, partial windows allowed down to a single \
# observation), and store it in `smoothed`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { weather = 'weather' }
# checks = [
#     'smoothed.notna().all()',
#     'smoothed.index.equals(weather.index)',
#     'len(weather) < 7 or np.isclose(smoothed.iloc[3], weather["temperature"].iloc[:7].mean())',
#     'np.isclose(smoothed.iloc[0], weather["temperature"].iloc[:4].mean())',
#     # each value is the mean of the available readings from three days before to three days after
#     'np.allclose(smoothed.to_numpy(), [weather["temperature"].iloc[max(0, i - 3) : i + 4].mean() for i in range(len(weather))], equal_nan=True)',
# ]
# difficulty = 'intermediate'
# tags = ['rolling-window', 'smoothing', 'time-series']
# edge_cases = true
# ///
# center=True spans three days either side; min_periods=1 allows the shorter windows at the ends
smoothed = weather["temperature"].rolling(window=7, center=True, min_periods=1).mean()
