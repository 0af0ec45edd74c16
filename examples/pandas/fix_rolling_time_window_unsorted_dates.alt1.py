daily = orders.set_index("order_date")["quantity"].resample("D").sum()
week_total = daily.rolling(7, min_periods=1).sum()
rolling_units = week_total[week_total.index.isin(orders["order_date"])]
