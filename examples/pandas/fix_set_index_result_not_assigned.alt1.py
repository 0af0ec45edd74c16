order_lines = orders[orders["order_id"] == 1000].set_index("order_id")
