# /// example
# task = """
# Calibration events `calibrations` happened at irregular times (0, 17.25, 40.5 and 71 days after \
# the first reading of `sensor`). For every reading of `sensor`, attach the most recent \
# calibration at or before it with `pd.merge_asof` (`direction="backward"`); store the readings \
# with `calibration_id` and `calibrated_at` in `aligned`."""
# prompt = """
# Calibration events `calibrations` (columns `calibration_id`, e.g. "C1" to "C4", and \
# `calibrated_at`) happened at irregular times: 0, 17.25, 40.5 and 71 days after the first \
# reading of `sensor`. For every reading of `sensor` (with its timestamp as a `date` column), \
# attach the most recent calibration at or before it, i.e. a backward as-of merge, and store the \
# readings with `calibration_id` and `calibrated_at` in `aligned`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { sensor = 'sensor' }
# checks = [
#     'len(aligned) == len(sensor)',
#     'aligned["calibration_id"].notna().all()',
#     '(aligned["calibrated_at"] <= aligned["date"]).all()',
#     'aligned["calibration_id"].is_monotonic_increasing',
#     'np.allclose(aligned["sensor_a"], sensor["sensor_a"])',
# ]
# difficulty = 'advanced'
# tags = ['merging', 'time-series']
# edge_cases = true
# ///
import pandas as pd

offsets = pd.to_timedelta([0, 17.25, 40.5, 71], unit="D")
calibrations = pd.DataFrame(
    {
        # merge_asof needs keys of one datetime resolution (pandas 3 indexes default to "us")
        "calibrated_at": (sensor.index[0] + offsets).as_unit(sensor.index.unit),
        "calibration_id": ["C1", "C2", "C3", "C4"],
    }
)
readings = sensor.reset_index()
aligned = pd.merge_asof(
    readings, calibrations, left_on="date", right_on="calibrated_at", direction="backward"
)
