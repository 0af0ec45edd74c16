per_order = orders.groupby("order_id", as_index=False).agg(
    customer=("customer", "first"), order_date=("order_date", "first")
)
order_gaps = per_order.sort_values(["customer", "order_date"])[["customer", "order_date"]]
order_gaps = order_gaps.assign(
    since_last=order_gaps["order_date"] - order_gaps.groupby("customer")["order_date"].shift()
)
