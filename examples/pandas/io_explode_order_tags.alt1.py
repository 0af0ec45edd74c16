import pandas as pd

orders = pd.DataFrame(
    {
        "order_id": [101, 102, 103],
        "tags": [["red", "blue"], ["green"], ["red", "green", "blue"]],
    }
)
rows = [
    (order_id, tag)
    for order_id, tags in zip(orders["order_id"], orders["tags"], strict=True)
    for tag in tags
]
long = pd.DataFrame(rows, columns=["order_id", "tag"])
