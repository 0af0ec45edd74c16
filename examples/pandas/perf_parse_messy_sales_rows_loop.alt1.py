import io
import re

import pandas as pd

raw = pd.read_csv(
    io.StringIO(messy_csv), na_values=["n/a"], dtype={"region": "string", "revenue": "string"}
)
initial = raw["region"].str.extract(r"([nsew])", flags=re.IGNORECASE, expand=False).str.upper()
clean = raw[["id"]].assign(
    region=initial.replace({"N": "North", "S": "South", "E": "East", "W": "West"}),
    revenue=raw["revenue"]
    .str.replace("$", "", regex=False)
    .str.replace(",", "", regex=False)
    .astype("Float64"),
)
