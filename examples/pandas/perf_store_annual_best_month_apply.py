# /// example
# task = """
# The wide table `store_sales` has a `store` column and one sales column per month (`2024-01` \
# ... `2024-12`). This code gives each store's yearly total in `annual` and the name of its best \
# month in `best_month` (the first such month on ties), both Series aligned with the rows:
#
# ```python
# months = [column for column in store_sales.columns if column[:4].isdigit()]
# annual = store_sales.apply(lambda row: sum(row[month] for month in months), axis=1)
# best_month = store_sales.apply(lambda row: max(months, key=lambda month: row[month]), axis=1)
# ```
#
# Compute both without a row-wise `apply`."""
# prompt = """
# `store_sales` has one row per `store` and a column per month, `2024-01` to `2024-12`. I want each \
# store's total for the year as `annual` and the month with its highest sales as `best_month` \
# (earliest month if tied), one value per row:
#
# ```python
# months = [column for column in store_sales.columns if column[:4].isdigit()]
# annual = store_sales.apply(lambda row: sum(row[month] for month in months), axis=1)
# best_month = store_sales.apply(lambda row: max(months, key=lambda month: row[month]), axis=1)
# ```
#
# With 40,000 stores the two applies take minutes. How do I vectorise them?"""
# task_type = 'performance'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { store_sales = 'store_sales' }
# checks = [
#     'annual.index.equals(store_sales.index) and best_month.index.equals(store_sales.index)',
#     'np.allclose(annual.to_numpy(dtype=float), store_sales[[column for column in store_sales.columns if column[:4].isdigit()]].to_numpy().sum(axis=1))',
#     '(lambda months: best_month.tolist() == [months[i] for i in store_sales[months].to_numpy().argmax(axis=1)])([column for column in store_sales.columns if column[:4].isdigit()])',
# ]
# difficulty = 'basic'
# tags = ['vectorization', 'column-wise', 'aggregation']
# edge_cases = true
# ///
months = [column for column in store_sales.columns if column[:4].isdigit()]
sales = store_sales[months]
annual = sales.sum(axis=1)
# idxmax along the columns returns the first month holding the row's largest value
best_month = sales.idxmax(axis=1)
