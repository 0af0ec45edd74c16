import pandas as pd

price = pd.Series(
    [4.10, 4.25, 4.05, 4.40],
    index=pd.to_datetime(["2024-01-02", "2024-01-09", "2024-01-23", "2024-02-06"]),
    name="price",
)
invoice_dates = pd.to_datetime(["2024-01-01", "2024-01-09", "2024-01-20", "2024-03-01"])
invoice_price = price.reindex(invoice_dates, method="ffill")
