from io import StringIO

import pandas as pd
import pyarrow as pa

csv_text = "station,day,count\nA,2024-05-01,12\nA,2024-05-02,\nB,2024-05-01,7\nB,2024-05-02,9\nB,2024-05-03,\n"

log = pd.read_csv(
    StringIO(csv_text),
    dtype={
        "station": pd.ArrowDtype(pa.string()),
        "day": pd.ArrowDtype(pa.string()),
        "count": pd.ArrowDtype(pa.int64()),
    },
)
n_blank = log["count"].isna().sum()
station_totals = log.groupby("station", sort=True)["count"].agg("sum")
