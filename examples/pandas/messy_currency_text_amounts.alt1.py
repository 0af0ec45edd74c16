import pandas as pd

orders = pd.DataFrame(
    [
        ("A1", "$1,234.50"),
        ("A2", "€ 980"),
        ("A3", "12,000"),
        ("A4", "(250.00)"),
        ("A5", "$ 3.5"),
        ("A6", "USD 2,100.75"),
    ],
    columns=["order", "amount"],
)

cleaned = (
    orders["amount"]
    .str.replace(r"^\s*\((.*)\)\s*$", r"-\1", regex=True)  # (x) -> -x
    .str.replace(r"(USD|\$|€|,|\s)", "", regex=True)
)
orders["amount_value"] = cleaned.astype(float)
total = float(orders["amount_value"].sum())
