# /// example
# task = """
# Write the event log `events` to `events.csv` in the working directory without the index, then \
# read it back into `reloaded` with `pd.read_csv`, restoring `event` as a categorical and `user` \
# as a string column through `dtype=`, and `timestamp` as datetimes through `parse_dates=`."""
# prompt = """
# Write my event log `events` to "events.csv" in the working directory without the index, then \
# read it back into `reloaded`, getting `event` back as a categorical column and `user` as a \
# string column directly while reading (through the dtype argument of read_csv), and \
# `timestamp` as datetimes."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { events = 'events' }
# checks = [
#     'reloaded.shape == events.shape',
#     'isinstance(reloaded["event"].dtype, pd.CategoricalDtype)',
#     'isinstance(reloaded["user"].dtype, pd.StringDtype)',
#     # the index is not written, so the reloaded frame has a fresh RangeIndex: compare values
#     '(reloaded["timestamp"].to_numpy() == events["timestamp"].to_numpy()).all()',
#     'reloaded["event"].astype(str).tolist() == events["event"].astype(str).tolist()',
#     'reloaded["user"].fillna("<NA>").tolist() == events["user"].fillna("<NA>").tolist()',
# ]
# difficulty = 'basic'
# tags = ['file-io', 'categorical']
# edge_cases = true
# ///
import pandas as pd

# index=False: the RangeIndex would otherwise come back as an extra "Unnamed: 0" column
events.to_csv("events.csv", index=False)
# a CSV file keeps no dtypes: category, string and datetime have to be requested when reading
reloaded = pd.read_csv(
    "events.csv", dtype={"user": "string", "event": "category"}, parse_dates=["timestamp"]
)
