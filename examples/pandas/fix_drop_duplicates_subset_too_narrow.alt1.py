clean = orders[~orders.duplicated(keep="first")]
lines_per_order = clean["order_id"].value_counts().sort_index()
