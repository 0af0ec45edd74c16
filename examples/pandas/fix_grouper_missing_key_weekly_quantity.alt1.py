weekly_qty = orders.resample("W", on="order_date")["quantity"].sum()
