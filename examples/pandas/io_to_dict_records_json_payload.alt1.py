import json

import pandas as pd

basket = pd.DataFrame(
    {"sku": ["A-100", "B-220", "C-005"], "qty": [2, 1, 5], "price": [9.99, 24.50, 1.25]}
)
payload = [
    {"sku": row.sku, "qty": int(row.qty), "price": float(row.price)}
    for row in basket.itertuples(index=False)
]
payload_json = json.dumps(payload)
