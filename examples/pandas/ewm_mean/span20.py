# /// example
# task = """
# Smooth the `temperature` of `weather` with an exponentially weighted moving average of span 20 \
# in its recursive form (`adjust=False`); store it in `ewma`."""
# prompt = """
# Smooth the `temperature` column of `weather` with an exponentially weighted moving average of \
# span 20, using the recursive form (adjust=False, so it starts at the first reading), and store \
# it in `ewma`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { weather = 'weather' }
# checks = [
#     'ewma.index.equals(weather.index)',
#     'np.isclose(ewma.iloc[0], weather["temperature"].iloc[0])',
#     # the recursion y[t] = alpha * x[t] + (1 - alpha) * y[t - 1] with alpha = 2 / (span + 1)
#     'np.allclose(ewma.to_numpy()[1:], 2 / (20 + 1) * weather["temperature"].to_numpy()[1:] + (1 - 2 / (20 + 1)) * ewma.to_numpy()[:-1])',
#     # smoothing never adds variation: the total variation can only shrink
#     'np.abs(np.diff(ewma.to_numpy())).sum() <= np.abs(np.diff(weather["temperature"].to_numpy())).sum() * (1 + 1e-9)',
# ]
# difficulty = 'intermediate'
# tags = ['rolling-window', 'smoothing', 'parameter-choice']
# family = 'pandas.ewm_mean'
# edge_cases = true
# ///
# adjust=False is the recursion y[t] = alpha * x[t] + (1 - alpha) * y[t - 1], alpha = 2 / (20 + 1),
# started at the first reading
ewma = weather["temperature"].ewm(span=20, adjust=False).mean()
