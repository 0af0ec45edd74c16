# /// example
# task = """
# The order-line table `orders` (order_id, customer, order_date, product, quantity, unit_price, \
# returned) contains exact duplicate rows from a double export. Drop them into `deduped`, then \
# compute each customer's net revenue, the sum of quantity x unit_price over lines not returned, \
# into `net_revenue`: a Series indexed by customer with every customer of `orders` (0 when all \
# their lines were returned), sorted from highest to lowest."""
# prompt = """
# My order lines in `orders` (order_id, customer, order_date, product, quantity, unit_price, \
# returned) were exported twice in places, so some rows are exact duplicates. Remove those into \
# `deduped`, then work out each customer's net revenue: quantity times unit_price summed over the \
# lines that were not returned. Put it in `net_revenue`, a Series indexed by customer that lists \
# every customer (0 if everything they bought came back), highest first."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { orders = 'orders' }
# checks = [
#     'not deduped.duplicated().any() and len(deduped) == len(set(orders.itertuples(index=False)))',
#     "list(deduped.columns) == list(orders.columns)",
#     "set(net_revenue.index) == set(orders['customer'])",
#     'net_revenue.is_monotonic_decreasing',
#     # each customer's sum over the distinct lines that were kept
#     "all(np.isclose(net_revenue[c], sum(t.quantity * t.unit_price for t in set(orders.itertuples(index=False)) if t.customer == c and not t.returned), rtol=1e-9, atol=0) for c in set(orders['customer']))",
# ]
# difficulty = 'basic'
# tags = ['data-cleaning', 'groupby', 'aggregation', 'sorting']
# edge_cases = true
# ///
deduped = orders.drop_duplicates()

# returned lines earn nothing, but their customers stay in the result with 0
line_revenue = deduped["quantity"] * deduped["unit_price"] * ~deduped["returned"]
net_revenue = line_revenue.groupby(deduped["customer"]).sum().sort_values(ascending=False)
