# /// example
# task = """
# `store_sales` is a wide table: a `store` column and one sales column per month. This code \
# should reshape it to a long table `long` with columns `store`, `month` and `sales` (one row per \
# store and month) and total each store's sales over the year in `totals` (a Series indexed by \
# store), but it raises an error:
#
# ```python
# long = store_sales.melt(var_name="month", value_name="sales")
# totals = long.groupby("store")["sales"].sum()
# ```
#
# ```text
# KeyError: 'store'
# ```
#
# Fix it."""
# prompt = """
# My sales table `store_sales` has a `store` column and then one column per month. I'm trying to \
# make it long (`store`, `month`, `sales` columns) as `long`, then get each store's yearly total in \
# `totals`:
#
# ```python
# long = store_sales.melt(var_name="month", value_name="sales")
# totals = long.groupby("store")["sales"].sum()
# ```
#
# and I get
#
# ```text
# KeyError: 'store'
# ```
#
# even though `store_sales` clearly has a `store` column. Why?"""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { store_sales = 'store_sales' }
# checks = [
#     'set(long.columns) == {"store", "month", "sales"}',
#     'len(long) == len(store_sales) * (store_sales.shape[1] - 1)',
#     'set(long["month"]) == set(store_sales.columns.drop("store"))',
#     'np.allclose(totals.loc[store_sales["store"]].to_numpy(), store_sales.drop(columns="store").sum(axis=1).to_numpy())',
#     'len(totals) == len(store_sales)',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'reshaping', 'groupby']
# edge_cases = { extra_columns = false, why = "the table holds only the store id and one sales column per month" }
# ///
# without id_vars every column, `store` included, is melted into the month/sales pairs
long = store_sales.melt(id_vars="store", var_name="month", value_name="sales")
totals = long.groupby("store")["sales"].sum()
