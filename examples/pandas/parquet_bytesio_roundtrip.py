# /// example
# task = """
# Write the survival table `survival` to Parquet in an in-memory `io.BytesIO` buffer with \
# `to_parquet` (no file on disk) and read it back with `pd.read_parquet` into `restored`; the \
# categorical `group` column, the dtypes and the index must survive. Then read only the `time` \
# and `event` columns from the same bytes into `subset`."""
# prompt = """
# I want to check that my survival table `survival` survives a Parquet round trip without \
# touching the disk: write it into an in-memory bytes buffer and read it back into `restored`, \
# keeping the categorical `group` column, dtypes and index. Then load just the `time` and `event` \
# columns from the same bytes into `subset`."""
# domain = 'data_processing'
# libraries = ['pandas', 'pyarrow']
# inputs = { survival = 'survival' }
# checks = [
#     'restored.equals(survival)',
#     'restored.dtypes.equals(survival.dtypes)',
#     'restored.index.equals(survival.index)',
#     'list(restored["group"].cat.categories) == list(survival["group"].cat.categories)',
#     'list(subset.columns) == ["time", "event"]',
#     'subset.equals(survival[["time", "event"]])',
# ]
# difficulty = 'basic'
# tags = ['file-io', 'data-types', 'categorical']
# edge_cases = true
# ///
import io

import pandas as pd

buffer = io.BytesIO()
survival.to_parquet(buffer)

# the writer left the position at the end: rewind before each read
buffer.seek(0)
restored = pd.read_parquet(buffer)
buffer.seek(0)
subset = pd.read_parquet(buffer, columns=["time", "event"])
