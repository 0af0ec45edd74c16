import pandas as pd

items = pd.DataFrame(
    {
        "sku": ["T1", "T2", "T3", "T4"],
        "color": ["red", "blue", "red", "green"],
        "size": ["M", "L", "S", "M"],
    }
)
parts = [items[["sku"]]]
for column in ["color", "size"]:
    dummies = pd.crosstab(items.index, items[column]).add_prefix(f"{column}=")
    parts.append(dummies.set_axis(items.index))
encoded = pd.concat(parts, axis=1)
