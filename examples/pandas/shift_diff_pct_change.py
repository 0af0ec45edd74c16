# /// example
# task = """
# For the `sensor_c` channel of `sensor`, build `changes` with the columns `previous` (the prior \
# day's reading, `shift(1)`), `delta` (`diff()`) and `pct` (`pct_change()`)."""
# prompt = """
# For the `sensor_c` channel of `sensor`, build a DataFrame `changes` with the columns `previous` \
# (the prior day's reading), `delta` (the difference from the prior day) and `pct` (the \
# fractional change from the prior day, not multiplied by 100)."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { sensor = 'sensor' }
# checks = [
#     'np.allclose(changes["delta"].iloc[1:], np.diff(sensor["sensor_c"].to_numpy()))',
#     'np.allclose(changes["pct"].iloc[1:], changes["delta"].iloc[1:] / changes["previous"].iloc[1:])',
#     'changes.iloc[0].isna().all()',
#     'changes.index.equals(sensor.index)',
# ]
# difficulty = 'basic'
# tags = ['lags', 'time-series']
# edge_cases = true
# ///
import pandas as pd

reading = sensor["sensor_c"]
# pct_change is delta / previous; the first day has no previous value, so all three start NaN
changes = pd.DataFrame(
    {"previous": reading.shift(1), "delta": reading.diff(), "pct": reading.pct_change()}
)
