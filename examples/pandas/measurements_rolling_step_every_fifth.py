# /// example
# task = """
# For the plot of a long recording, smooth `humidity` in `measurements` with a 10-row rolling \
# mean but evaluate it only at every 5th row (rows 0, 5, 10, ...), using the rolling window's \
# step; rows whose window holds fewer than 10 readings are NaN. Store the Series, indexed by \
# those rows' labels, in `humidity_smooth`."""
# prompt = """
# I don't need a rolling mean at every row of `measurements`: a 10-row rolling mean of \
# `humidity` computed only at rows 0, 5, 10, ... (every 5th row, NaN while fewer than 10 readings \
# are available) is enough for my plot. Keep it in `humidity_smooth`, indexed by those rows."""
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { measurements = 'measurements' }
# checks = [
#     'list(humidity_smooth.index) == list(measurements.index[::5])',
#     'np.allclose(np.asarray(humidity_smooth, dtype=float), [measurements["humidity"].to_numpy(dtype=float)[i - 9 : i + 1].mean() if i >= 9 else np.nan for i in range(0, len(measurements), 5)], equal_nan=True)',
# ]
# difficulty = 'intermediate'
# tags = ['rolling-window', 'smoothing']
# edge_cases = true
# ///
# step=5 evaluates the 10-row window only at rows 0, 5, 10, ...
humidity_smooth = measurements["humidity"].rolling(window=10, step=5).mean()
