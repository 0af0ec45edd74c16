import pandas as pd

monthly = store_sales.filter(regex=r"^\d{4}-\d{2}$")
values = monthly.to_numpy()
annual = pd.Series(values.sum(axis=1), index=store_sales.index)
best_month = pd.Series(monthly.columns[values.argmax(axis=1)], index=store_sales.index)
