# /// example
# task = """
# This code should attach the technician of each maintenance visit in the log `maintenance` to the \
# daily readings of `sensor` (a DatetimeIndex named `date`), keeping every reading, in `readings`, \
# but the merge raises an error:
#
# ```python
# import pandas as pd
#
# maintenance = pd.DataFrame({"date": ["2024-03-05", "2024-04-12"], "technician": ["Ana", "Ben"]})
# readings = sensor.reset_index().merge(maintenance, on="date", how="left")
# ```
#
# ```text
# ValueError: You are trying to merge on datetime64[us] and str columns for key 'date'. If you wish to proceed you should use pd.concat
# ```
#
# Fix it, keeping the two visits in `maintenance`."""
# prompt = """
# I have daily sensor readings in `sensor` (indexed by `date`) and a small log of maintenance \
# visits in `maintenance`. I want `readings`: every sensor row with the technician's name added on \
# the days someone came. My code:
#
# ```python
# import pandas as pd
#
# maintenance = pd.DataFrame({"date": ["2024-03-05", "2024-04-12"], "technician": ["Ana", "Ben"]})
# readings = sensor.reset_index().merge(maintenance, on="date", how="left")
# ```
#
# fails with
#
# ```text
# ValueError: You are trying to merge on datetime64[us] and str columns for key 'date'. If you wish to proceed you should use pd.concat
# ```
#
# The dates look the same to me. What's wrong?"""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { sensor = 'sensor' }
# checks = [
#     'len(readings) == len(sensor)',
#     'np.allclose(readings[list(sensor.columns)].to_numpy(), sensor.to_numpy(), equal_nan=True)',
#     # the visits stay in `maintenance`, and the readings keep real dates (not text keys)
#     'sorted(pd.to_datetime(maintenance["date"])) == list(pd.to_datetime(["2024-03-05", "2024-04-12"]))',
#     'pd.api.types.is_datetime64_any_dtype(readings["date"])',
#     'readings["technician"].notna().sum() == sensor.index.isin(pd.to_datetime(["2024-03-05", "2024-04-12"])).sum()',
#     'bool((readings.loc[readings["date"] == pd.Timestamp("2024-03-05"), "technician"] == "Ana").all())',
#     'bool((readings.loc[readings["date"] == pd.Timestamp("2024-04-12"), "technician"] == "Ben").all())',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'merging', 'datetime', 'data-types']
# edge_cases = true
# ///
import pandas as pd

maintenance = pd.DataFrame({"date": ["2024-03-05", "2024-04-12"], "technician": ["Ana", "Ben"]})
# the dates were plain strings; parse them so both keys are datetimes
maintenance["date"] = pd.to_datetime(maintenance["date"])
readings = sensor.reset_index().merge(maintenance, on="date", how="left")
