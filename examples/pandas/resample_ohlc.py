# /// example
# task = """
# Summarise the daily `temperature` of `weather` as weekly open/high/low/close values with \
# `resample("W").ohlc()`; store the table in `weekly_ohlc`."""
# prompt = """
# Summarise the daily `temperature` of `weather` as weekly open/high/low/close values (weeks \
# ending Sunday, "W"), with columns "open", "high", "low" and "close", and store the table in \
# `weekly_ohlc`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { weather = 'weather' }
# checks = [
#     'list(weekly_ohlc.columns) == ["open", "high", "low", "close"]',
#     '(weekly_ohlc["high"] >= weekly_ohlc[["open", "close"]].max(axis=1)).all()',
#     '(weekly_ohlc["low"] <= weekly_ohlc[["open", "close"]].min(axis=1)).all()',
#     'np.isclose(weekly_ohlc["high"].max(), weather["temperature"].max())',
#     'np.isclose(weekly_ohlc["open"].iloc[0], weather["temperature"].iloc[0])',
# ]
# difficulty = 'intermediate'
# tags = ['resampling', 'aggregation', 'time-series']
# edge_cases = true
# ///
# "W" weeks end on Sunday; open and close are the first and last temperature of each week
weekly_ohlc = weather["temperature"].resample("W").ohlc()
