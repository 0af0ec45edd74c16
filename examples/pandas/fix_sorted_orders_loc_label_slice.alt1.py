latest_five = orders.sort_values("order_date", ascending=False).reset_index(drop=True).loc[:4]
