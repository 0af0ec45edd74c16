qty_table = orders.pivot_table(
    index="customer", columns="product", values="quantity", aggfunc="sum", fill_value=0
)
