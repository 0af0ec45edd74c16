# /// example
# task = """
# `store_sales` has a `store` column and one sales column per month, `2024-01` ... `2024-12`, \
# in calendar order. Index it by store and select the second quarter's columns, `2024-04` to \
# `2024-06` inclusive (`2024-04`, `2024-05`, `2024-06`), with one label slice into `q2_sales`; \
# store each store's quarter total \
# (missing months count as 0) in `q2_total` (indexed by store) and the store with the largest \
# total in `best_q2_store`."""
# prompt = """
# I have monthly sales per store in `store_sales` (a `store` column, then `2024-01` through \
# `2024-12`). Grab April to June, i.e. the columns `2024-04`, `2024-05` and `2024-06`, as \
# `q2_sales` with the stores as the index, then give me each store's Q2 total in `q2_total` (treat gaps as zero) and \
# which store sold the most in `best_q2_store`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { store_sales = 'store_sales' }
# checks = [
#     'list(q2_sales.columns) == ["2024-04", "2024-05", "2024-06"]',
#     'list(q2_sales.index) == store_sales["store"].tolist() and list(q2_total.index) == store_sales["store"].tolist()',
#     'np.allclose(q2_total.to_numpy(dtype=float), store_sales[["2024-04", "2024-05", "2024-06"]].fillna(0).sum(axis=1).to_numpy())',
#     'np.isclose(store_sales.loc[store_sales["store"] == best_q2_store, ["2024-04", "2024-05", "2024-06"]].fillna(0).to_numpy().sum(), store_sales[["2024-04", "2024-05", "2024-06"]].fillna(0).sum(axis=1).max())',
# ]
# difficulty = 'basic'
# tags = ['indexing', 'aggregation']
# edge_cases = true
# ///
by_store = store_sales.set_index("store")
# label slices with .loc include both end labels
q2_sales = by_store.loc[:, "2024-04":"2024-06"]
q2_total = q2_sales.sum(axis=1)
best_q2_store = q2_total.idxmax()
