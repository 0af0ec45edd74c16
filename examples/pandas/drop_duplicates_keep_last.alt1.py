subset = ["customer", "product"]
# a stable sort keeps the original order among lines of the same day
by_date = orders.sort_values("order_date", kind="stable")

latest_lines = by_date.drop_duplicates(subset=subset, keep="last")
n_duplicates = int(by_date.duplicated(subset=subset, keep="last").sum())
