order_key = orders["customer"].astype(str).str.cat(orders["order_id"].astype(str), sep="-")
