# /// example
# task = """
# Write `trial` to Parquet in an in-memory `io.BytesIO` buffer with `to_parquet` (no file on \
# disk) and read it back with `pd.read_parquet` into `restored`; the categorical columns, the \
# dtypes and the index must survive. Then read only the `site` and `response` columns from the \
# same bytes into `subset`."""
# prompt = """
# I want to check that `trial` survives a Parquet round trip without touching the disk: write it \
# into an in-memory bytes buffer and read it back into `restored`, keeping the categorical \
# columns, dtypes and index. Then load just the `site` and `response` columns from the same bytes \
# into `subset`."""
# domain = 'data_processing'
# libraries = ['pandas', 'pyarrow']
# inputs = { trial = 'trial' }
# checks = [
#     'restored.equals(trial)',
#     'restored.dtypes.equals(trial.dtypes)',
#     'restored.index.equals(trial.index)',
#     'list(restored["site"].cat.categories) == list(trial["site"].cat.categories)',
#     'list(subset.columns) == ["site", "response"]',
#     'subset.equals(trial[["site", "response"]])',
# ]
# difficulty = 'basic'
# tags = ['file-io', 'data-types', 'categorical']
# edge_cases = true
# ///
import io

import pandas as pd

buffer = io.BytesIO()
trial.to_parquet(buffer)

# the writer left the position at the end: rewind before each read
buffer.seek(0)
restored = pd.read_parquet(buffer)
buffer.seek(0)
subset = pd.read_parquet(buffer, columns=["site", "response"])
