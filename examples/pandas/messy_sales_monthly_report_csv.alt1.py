import io

import pandas as pd

raw = pd.read_csv(io.StringIO(messy_csv), dtype=str, keep_default_na=False).drop_duplicates()
raw = raw[~raw["region"].str.strip().isin(["", "n/a"])]
revenue = pd.to_numeric(
    raw["revenue"].str.replace(r"[$,]", "", regex=True), errors="coerce"
).fillna(0.0)
region = (
    raw["region"]
    .str.strip()
    .str[0]
    .str.upper()
    .replace({"N": "North", "S": "South", "E": "East", "W": "West"})
)
month = pd.to_datetime(raw["date"]).dt.to_period("M").astype(str)
totals = revenue.groupby([region.rename("region"), month.rename("month")]).sum().sort_index()
report_csv = totals.rename("revenue").reset_index().to_csv(index=False, float_format="%.2f")
