# /// example
# task = """
# This code should list the three customers of the order table `orders` with the highest total \
# revenue (`quantity` times `unit_price`, summed over all their order lines), best first, in \
# `top_customers` (a list of customer ids), but it raises an error:
#
# ```python
# orders["revenue"] = orders["quantity"] * orders["unit_price"]
# totals = orders.groupby("customer").agg(revenue=("revenue", "sum"))
# top_customers = totals.nlargest(3, "revenue")["customer"].tolist()
# ```
#
# ```text
# KeyError: 'customer'
# ```
#
# Fix it."""
# prompt = """
# I need our top three customers by total revenue (`quantity` times `unit_price` over all their \
# lines in `orders`), best first, as a list in `top_customers`:
#
# ```python
# orders["revenue"] = orders["quantity"] * orders["unit_price"]
# totals = orders.groupby("customer").agg(revenue=("revenue", "sum"))
# top_customers = totals.nlargest(3, "revenue")["customer"].tolist()
# ```
#
# I get
#
# ```text
# KeyError: 'customer'
# ```
#
# but I grouped by `customer`, so where did the column go?"""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { orders = 'orders' }
# checks = [
#     'isinstance(top_customers, list)',
#     'len(top_customers) == min(3, orders["customer"].nunique())',
#     'len(set(top_customers)) == len(top_customers)',
#     # the revenues of the listed customers are the largest ones, in decreasing order (ties in any order)
#     'np.allclose([(orders["quantity"] * orders["unit_price"])[orders["customer"] == customer].sum() for customer in top_customers], np.sort((orders["quantity"] * orders["unit_price"]).groupby(orders["customer"]).sum().to_numpy())[::-1][:3])',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'groupby', 'aggregation', 'sorting']
# edge_cases = true
# ///
orders["revenue"] = orders["quantity"] * orders["unit_price"]
totals = orders.groupby("customer").agg(revenue=("revenue", "sum"))
# groupby moved `customer` into the index of `totals`: read the ids from there
top_customers = totals.nlargest(3, "revenue").index.tolist()
