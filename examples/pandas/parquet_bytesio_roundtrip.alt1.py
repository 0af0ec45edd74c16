from io import BytesIO

import pandas as pd

# with no path, to_parquet returns the file's bytes
parquet_bytes = survival.to_parquet(engine="pyarrow")

restored = pd.read_parquet(BytesIO(parquet_bytes), engine="pyarrow")
subset = pd.read_parquet(BytesIO(parquet_bytes), columns=["time", "event"])
