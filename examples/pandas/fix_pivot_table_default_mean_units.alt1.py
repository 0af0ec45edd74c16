units = orders.groupby(["customer", "product"])["quantity"].sum().unstack("product", fill_value=0)
