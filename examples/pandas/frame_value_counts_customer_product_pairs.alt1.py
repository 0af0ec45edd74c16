pair_counts = orders[["customer", "product"]].value_counts()
top_pair = pair_counts.idxmax()
