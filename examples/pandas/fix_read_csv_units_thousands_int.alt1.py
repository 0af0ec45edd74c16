from io import StringIO

import pandas as pd

sales = pd.read_csv(StringIO(csv_text), dtype={"units": "string"}, na_values=["n/a"])
sales["units"] = pd.to_numeric(sales["units"].str.replace(",", "", regex=False)).astype("Int64")
