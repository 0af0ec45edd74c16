# /// example
# task = """
# Count how often each (`customer`, `product`) combination occurs among the order lines \
# `orders` with `DataFrame.value_counts` into `pair_counts` (a Series indexed by the two \
# columns), and store the most frequent combination in `top_pair` as a `(customer, product)` \
# tuple (any of them if several tie)."""
# prompt = """
# Which customer buys which product most often? Count the order lines of `orders` per \
# `customer`/`product` combination as `pair_counts` (indexed by both columns), and give me the \
# most common combination as a tuple `top_pair` (customer, product); if several are tied, any \
# of them is fine."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { orders = 'orders' }
# checks = [
#     'list(pair_counts.index.names) == ["customer", "product"]',
#     'dict(zip(pair_counts.index.tolist(), pair_counts.tolist())) == {k: v for k, v in __import__("collections").Counter(zip(orders["customer"], orders["product"])).items()}',
#     'tuple(top_pair) in set(zip(orders["customer"], orders["product"])) and __import__("collections").Counter(zip(orders["customer"], orders["product"]))[tuple(top_pair)] == max(__import__("collections").Counter(zip(orders["customer"], orders["product"])).values())',
# ]
# difficulty = 'basic'
# tags = ['counting']
# edge_cases = true
# ///
# value_counts on several columns counts each distinct row combination, largest first
pair_counts = orders.value_counts(["customer", "product"])
top_pair = pair_counts.index[0]
