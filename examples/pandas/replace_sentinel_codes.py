# /// example
# task = """
# The logger behind `sensor` writes the code `-9999` when a reading drops out and `9999` when a \
# channel saturates. Simulate its raw export as `raw`, a copy of `sensor` with every fifth \
# `sensor_a` reading (positions 0, 5, ...) set to -9999 and every seventh `sensor_b` reading from \
# position 2 (2, 9, ...) set to 9999. Turn both codes into NaN with `DataFrame.replace` and a \
# mapping, storing the frame in `cleaned`, and the number of missing readings per channel in \
# `n_missing` (a Series indexed by column)."""
# prompt = """
# Our logger writes `-9999` for a dropped reading and `9999` for a saturated channel. Make a fake \
# raw export `raw` from `sensor`: a copy where every fifth `sensor_a` value (positions 0, 5, ...) \
# is -9999 and every seventh `sensor_b` value starting at position 2 (2, 9, ...) is 9999. Then \
# replace both codes with NaN everywhere in the table (`cleaned`) and count the missing readings \
# per channel into a Series `n_missing`."""
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { sensor = 'sensor' }
# checks = [
#     'cleaned.shape == sensor.shape and list(cleaned.columns) == list(sensor.columns)',
#     'n_missing.to_dict() == {"sensor_a": len(range(0, len(sensor), 5)), "sensor_b": len(range(2, len(sensor), 7)), "sensor_c": 0}',
#     'cleaned["sensor_a"].iloc[::5].isna().all() and cleaned["sensor_b"].iloc[2::7].isna().all()',
#     # every reading that was not overwritten keeps its value
#     'np.allclose(cleaned.to_numpy()[cleaned.notna().to_numpy()], sensor.to_numpy()[cleaned.notna().to_numpy()])',
#     'sensor.equals(input_as_given("sensor"))',
# ]
# difficulty = 'basic'
# tags = ['data-cleaning', 'missing-data', 'recoding']
# edge_cases = true
# ///
import numpy as np

raw = sensor.copy()
raw.iloc[::5, raw.columns.get_loc("sensor_a")] = -9999.0
raw.iloc[2::7, raw.columns.get_loc("sensor_b")] = 9999.0

# one mapping handles both codes in every column
cleaned = raw.replace({-9999.0: np.nan, 9999.0: np.nan})
n_missing = cleaned.isna().sum()
