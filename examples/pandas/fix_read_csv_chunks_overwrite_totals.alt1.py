import io

import pandas as pd

units_per_region = pd.Series(dtype=float)
reader = pd.read_csv(
    io.StringIO(messy_csv),
    usecols=["region", "units"],
    dtype={"region": "string"},
    thousands=",",
    chunksize=10,
)
for chunk in reader:
    initials = chunk["region"].str.strip().str[0].str.upper()
    chunk_totals = chunk["units"].groupby(initials).sum()
    units_per_region = units_per_region.add(chunk_totals, fill_value=0)
