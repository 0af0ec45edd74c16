import pandas as pd

customers = pd.DataFrame({"customer_id": [1, 2, 3, 4], "name": ["Ana", "Ben", "Caro", "Dev"]})
orders = pd.DataFrame({"customer_id": [2, 4, 5], "total": [30.0, 12.5, 8.0]})
combined = pd.merge(
    customers, orders, how="outer", on="customer_id", indicator=True, sort=True
).reset_index(drop=True)
