# /// example
# task = """
# Correct a calibration error in a copy `corrected` of `sensor`: readings of `sensor_b` taken \
# from the 10th day onwards are 1.5 units too high. Subtract 1.5 from exactly those values with \
# `corrected.loc[mask, "sensor_b"] -= 1.5` (a single `.loc` update, never \
# `corrected["sensor_b"][mask] -= ...`)."""
# prompt = """
# There's a calibration error in `sensor`: readings of `sensor_b` from the 10th day onwards are \
# 1.5 units too high. In a copy `corrected`, subtract 1.5 from exactly those values with a single \
# `.loc` update using a mask (not chained indexing like corrected["sensor_b"][mask] -= ...), \
# leaving everything else untouched."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { sensor = 'sensor' }
# checks = [
#     'np.allclose(corrected["sensor_b"].iloc[9:], sensor["sensor_b"].iloc[9:] - 1.5)',
#     'np.allclose(corrected["sensor_b"].iloc[:9], sensor["sensor_b"].iloc[:9])',
#     'corrected[["sensor_a", "sensor_c"]].equals(sensor[["sensor_a", "sensor_c"]])',
# ]
# difficulty = 'intermediate'
# tags = ['indexing', 'copy-on-write', 'time-series']
# edge_cases = true
# ///
import pandas as pd

corrected = sensor.copy()
after_drift = corrected.index >= corrected.index[0] + pd.Timedelta(days=9)
# one .loc call updates corrected itself; under Copy-on-Write (the default from pandas 3.0)
# chained indexing would only change a temporary copy
corrected.loc[after_drift, "sensor_b"] -= 1.5
