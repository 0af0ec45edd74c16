from io import StringIO

import pandas as pd

sales = pd.read_csv(StringIO(messy_csv), parse_dates=["date"]).set_index("id")
id_counts = sales.index.value_counts()
repeated_ids = sorted(id_counts[id_counts > 1].index.tolist())
deduped = sales.groupby(level="id", sort=False).head(1)
