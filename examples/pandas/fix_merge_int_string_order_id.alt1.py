import pandas as pd

refunds = pd.DataFrame({"order_id": ["1003", "1017", "1042"], "refund": [12.5, 40.0, 7.25]})
refund_by_order = refunds.astype({"order_id": "int64"}).set_index("order_id")["refund"]
with_refunds = orders.assign(refund=orders["order_id"].map(refund_by_order))
