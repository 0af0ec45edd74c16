import io

import pandas as pd

sales = pd.read_csv(io.StringIO(messy_csv))
months = pd.to_datetime(sales["date"], format="%Y-%m-%d").dt.month
rows_per_month = months.groupby(months).size()
