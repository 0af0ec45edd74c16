# /// example
# task = """
# For the wide table `store_sales` (`store` plus the month columns "2024-01" ... "2024-12" in \
# order), this loop counts per store the months whose sales are lower than the previous month's, \
# storing the counts in the dict `drops` keyed by store:
#
# ```python
# months = [f"2024-{m:02d}" for m in range(1, 13)]
# drops = {}
# for _, row in store_sales.iterrows():
#     drops[row["store"]] = sum(row[months[i]] < row[months[i - 1]] for i in range(1, 12))
# ```
#
# Compute the same counts with a vectorised difference across the month columns instead of the \
# loops, keeping the name `drops` (a dict or a Series indexed by store)."""
# prompt = """
# How many times did each store's monthly sales fall compared with the month before? My \
# `store_sales` table has `store` and the months "2024-01" to "2024-12"; this double loop \
# fills `drops`:
#
# ```python
# months = [f"2024-{m:02d}" for m in range(1, 13)]
# drops = {}
# for _, row in store_sales.iterrows():
#     drops[row["store"]] = sum(row[months[i]] < row[months[i - 1]] for i in range(1, 12))
# ```
#
# Can I get the same counts (dict or Series by store) without iterating?"""
# task_type = 'performance'
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { store_sales = 'store_sales' }
# checks = [
#     'sorted(dict(drops)) == sorted(store_sales["store"])',
#     '(lambda sales: all(dict(drops)[store] == int((np.diff(sales[i]) < 0).sum()) for i, store in enumerate(store_sales["store"])))(store_sales[[f"2024-{m:02d}" for m in range(1, 13)]].to_numpy(dtype=float))',
# ]
# difficulty = 'basic'
# tags = ['vectorization', 'lags', 'column-wise']
# edge_cases = true
# ///
months = [f"2024-{m:02d}" for m in range(1, 13)]
monthly = store_sales.set_index("store")[months]
# diff along the columns compares every month with the one before; the first month gives NaN
drops = (monthly.diff(axis=1) < 0).sum(axis=1)
