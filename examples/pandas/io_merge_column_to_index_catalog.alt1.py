import pandas as pd

sales = pd.DataFrame({"sku": ["B2", "A1", "C3", "A1", "D4"], "qty": [3, 1, 4, 2, 5]})
catalog = pd.DataFrame(
    {"name": ["anchor", "bracket", "clamp"], "price": [2.5, 1.2, 4.0]},
    index=pd.Index(["A1", "B2", "C3"], name="sku_code"),
)
priced = sales.join(catalog, on="sku")
priced["amount"] = priced["qty"] * priced["price"]
