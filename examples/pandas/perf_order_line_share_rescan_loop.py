# /// example
# task = """
# This loop computes, for every line of the order table `orders`, the line's share of its order's \
# value (quantity times unit price, divided by the summed value of all lines with the same \
# `order_id`), into the float array `line_share`, in row order:
#
# ```python
# import numpy as np
#
# values = orders["quantity"] * orders["unit_price"]
# line_share = np.empty(len(orders))
# for i, order in enumerate(orders["order_id"]):
#     line_share[i] = values.iloc[i] / values[orders["order_id"] == order].sum()
# ```
#
# Every line rescans the whole table. Compute the same `line_share` in one grouped pass."""
# prompt = """
# For each line in my `orders` table I want the fraction of its order's value it represents \
# (quantity x unit price over the order's total, grouping by `order_id`), as an array `line_share` \
# in row order:
#
# ```python
# import numpy as np
#
# values = orders["quantity"] * orders["unit_price"]
# line_share = np.empty(len(orders))
# for i, order in enumerate(orders["order_id"]):
#     line_share[i] = values.iloc[i] / values[orders["order_id"] == order].sum()
# ```
#
# This is quadratic and takes forever on a year of orders. How do I vectorise it?"""
# task_type = 'performance'
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { orders = 'orders' }
# checks = [
#     'len(line_share) == len(orders)',
#     '(lambda values, ids: np.allclose(np.asarray(line_share, dtype=float), [v / values[ids == o].sum() for v, o in zip(values, ids)]))((orders["quantity"] * orders["unit_price"]).to_numpy(), orders["order_id"].to_numpy())',
#     'all(np.isclose(np.asarray(line_share, dtype=float)[(orders["order_id"] == o).to_numpy()].sum(), 1.0) for o in orders["order_id"].unique())',
# ]
# difficulty = 'intermediate'
# tags = ['vectorization', 'groupby', 'derived-columns']
# edge_cases = true
# ///
values = orders["quantity"] * orders["unit_price"]
# transform("sum") puts each order's total on every one of its lines, aligned with the rows
order_totals = values.groupby(orders["order_id"]).transform("sum")
line_share = (values / order_totals).to_numpy()
