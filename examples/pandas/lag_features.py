# /// example
# task = """
# Build a forecasting table `features` from the `temperature` of `weather`: columns `lag_1`, \
# `lag_2` and `lag_7` (the value 1, 2 and 7 days earlier, via `shift`) and `target` (the current \
# value), dropping the first rows whose lags are incomplete."""
# prompt = """
# Build a forecasting table `features` from the `temperature` of `weather` with columns `lag_1`, \
# `lag_2` and `lag_7` (the value 1, 2 and 7 days earlier) and `target` (the current value), in \
# that order, dropping the first rows whose lags are incomplete."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { weather = 'weather' }
# checks = [
#     'list(features.columns) == ["lag_1", "lag_2", "lag_7", "target"]',
#     'len(features) == max(len(weather) - 7, 0)',
#     'np.allclose(features["lag_7"].to_numpy(), weather["temperature"].to_numpy()[:-7])',
#     'np.allclose(features["lag_1"].to_numpy(), weather["temperature"].to_numpy()[6:-1])',
# ]
# difficulty = 'advanced'
# tags = ['lags', 'feature-engineering', 'time-series']
# edge_cases = true
# ///
import pandas as pd

temperature = weather["temperature"]
# shift(k) moves the values k rows (days) down, so each row sees the reading from k days earlier;
# dropna then removes the first seven rows, whose lag_7 is missing
features = (
    pd.DataFrame({f"lag_{k}": temperature.shift(k) for k in (1, 2, 7)})
    .assign(target=temperature)
    .dropna()
)
