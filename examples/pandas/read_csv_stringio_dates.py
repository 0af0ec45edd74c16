# /// example
# task = """
# Serialise `sensor` to CSV text in memory with `io.StringIO`, then parse it back with \
# `pd.read_csv(..., index_col="date", parse_dates=True)` so the index is a DatetimeIndex again; \
# store the frame in `restored`."""
# prompt = """
# Serialise `sensor` to CSV text in memory (a StringIO), then parse it back with the "date" \
# column as the index and dates parsed, so the index is a DatetimeIndex again; store the frame in \
# `restored`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { sensor = 'sensor' }
# checks = [
#     'isinstance(restored.index, pd.DatetimeIndex)',
#     '(restored.index == sensor.index).all()',
#     'list(restored.columns) == list(sensor.columns)',
#     'np.allclose(restored.to_numpy(), sensor.to_numpy())',
# ]
# difficulty = 'intermediate'
# tags = ['file-io', 'datetime']
# edge_cases = true
# ///
from io import StringIO

import pandas as pd

buffer = StringIO()
sensor.to_csv(buffer)
# to_csv leaves the position at the end; rewind, or read_csv finds nothing to read
buffer.seek(0)
restored = pd.read_csv(buffer, index_col="date", parse_dates=True)
