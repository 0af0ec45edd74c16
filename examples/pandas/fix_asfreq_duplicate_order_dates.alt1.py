daily_units = orders.set_index("order_date")["quantity"].resample("D").sum()
