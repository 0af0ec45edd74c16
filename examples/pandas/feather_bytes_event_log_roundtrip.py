# /// example
# task = """
# Write the event log `events` (columns `timestamp`, `user`, `event`, the last categorical) to \
# an in-memory Feather file with `DataFrame.to_feather` (an `io.BytesIO` buffer), keep its bytes \
# in `feather_bytes`, and read it back with `pandas.read_feather` into `restored`. `restored` \
# must hold the same rows in the same order, with `timestamp` still datetime64 and `event` still \
# categorical with the same categories; the index may be reset to 0..n-1."""
# prompt = """
# I cache my `events` log (timestamp, user, categorical event) as Feather in memory instead of \
# CSV so the types survive. Write it to a BytesIO, keep the raw bytes as `feather_bytes`, and \
# load them back into `restored`: same rows in order, `timestamp` still a datetime and `event` \
# still categorical with the same categories (a fresh 0..n-1 index is fine)."""
# domain = 'data_processing'
# libraries = ['pandas', 'pyarrow']
# inputs = { events = 'events' }
# checks = [
#     'isinstance(feather_bytes, bytes) and feather_bytes[:6] == b"ARROW1"',
#     'len(restored) == len(events) and list(restored.columns) == list(events.columns)',
#     'pd.api.types.is_datetime64_any_dtype(restored["timestamp"]) and (restored["timestamp"].to_numpy() == events["timestamp"].to_numpy()).all()',
#     'isinstance(restored["event"].dtype, pd.CategoricalDtype) and list(restored["event"].cat.categories) == list(events["event"].cat.categories)',
#     'restored["event"].astype(str).tolist() == events["event"].astype(str).tolist() and restored["user"].tolist() == events["user"].tolist()',
# ]
# difficulty = 'intermediate'
# tags = ['file-io', 'data-types', 'categorical']
# edge_cases = true
# ///
import io

import pandas as pd

buffer = io.BytesIO()
# Feather stores columns only, so start from a default 0..n-1 index
events.reset_index(drop=True).to_feather(buffer)
feather_bytes = buffer.getvalue()
restored = pd.read_feather(io.BytesIO(feather_bytes))
