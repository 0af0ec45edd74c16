import pandas as pd

orders = pd.DataFrame(
    {"order_id": [1, 2, 3, 4], "items": ["apple; pear; fig", "kiwi", "", "plum; plum"]}
)
orders["n_items"] = orders["items"].map(lambda text: len(text.split("; ")) if text else 0)
