import io

import pandas as pd

sales = pd.read_csv(io.StringIO(messy_csv), dtype={"region": "string"})
managers = pd.DataFrame(
    {"region": ["North", "South", "East", "West"], "manager": ["Iris", "Omar", "Lena", "Raj"]}
)
key = sales["region"].str.extract(r"^\s*([A-Za-z])", expand=False).str.upper()
report = sales.assign(key=key).merge(
    managers.assign(key=managers["region"].str[0]).drop(columns="region"), on="key", how="left"
)
report = report.drop(columns="key")
