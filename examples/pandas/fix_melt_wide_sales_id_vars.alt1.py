wide = store_sales.set_index("store")
long = wide.stack().rename("sales").rename_axis(["store", "month"]).reset_index()
totals = wide.sum(axis=1)
