line_revenue = orders["quantity"].mul(orders["unit_price"])
totals = line_revenue.groupby(orders["customer"]).sum().reset_index(name="revenue")
top_customers = totals.sort_values("revenue", ascending=False).head(3)["customer"].tolist()
