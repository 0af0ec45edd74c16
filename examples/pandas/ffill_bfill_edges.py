# /// example
# task = """
# In a copy `gappy` of `sensor`, the first three `sensor_a` readings and the `sensor_b` readings \
# at positions 10 to 13 are lost (set to NaN with `.iloc`). Fill interior gaps with the last \
# valid reading (`ffill`) and the leading gap, which has no earlier reading, with the next valid \
# one (`bfill`); store the result in `filled`."""
# prompt = """
# Make a copy `gappy` of `sensor` in which the first three `sensor_a` readings and the `sensor_b` \
# readings at positions 10 to 13 are lost (set to NaN by position). Fill interior gaps with the \
# last valid reading, and the leading gap, which has no earlier reading, with the next valid one; \
# store the result in `filled`."""
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { sensor = 'sensor' }
# checks = [
#     # with three rows or fewer, every sensor_a reading is lost and there is nothing to fill from
#     'len(sensor) <= 3 or filled.notna().all().all()',
#     'len(sensor) <= 3 or (filled["sensor_a"].iloc[:3] == sensor["sensor_a"].iloc[3]).all()',
#     'len(sensor) < 15 or (filled["sensor_b"].iloc[10:14] == sensor["sensor_b"].iloc[9]).all()',
#     'filled["sensor_c"].equals(sensor["sensor_c"])',
#     # the readings that were not lost are untouched
#     'np.array_equal(filled["sensor_a"].iloc[3:].to_numpy(), sensor["sensor_a"].iloc[3:].to_numpy()) and np.array_equal(filled["sensor_b"].drop(sensor.index[10:14]).to_numpy(), sensor["sensor_b"].drop(sensor.index[10:14]).to_numpy())',
#     'sensor.equals(input_as_given("sensor"))',
# ]
# difficulty = 'basic'
# tags = ['missing-data', 'imputation']
# edge_cases = true
# ///
import numpy as np

gappy = sensor.copy()
gappy.iloc[:3, gappy.columns.get_loc("sensor_a")] = np.nan
gappy.iloc[10:14, gappy.columns.get_loc("sensor_b")] = np.nan
# ffill cannot fill the leading gap (no earlier reading), so bfill then fills it from the next one
filled = gappy.ffill().bfill()
