import pandas as pd

baskets = pd.DataFrame(
    {
        "order": [1, 2],
        "item": [["tea", "milk"], ["bread", "jam", "tea"]],
        "qty": [[2, 1], [1, 3, 1]],
    }
)
rows = [
    {"order": row.order, "item": item, "qty": qty}
    for row in baskets.itertuples(index=False)
    for item, qty in zip(row.item, row.qty, strict=True)
]
lines = pd.DataFrame(rows)
