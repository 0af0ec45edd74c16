# /// example
# task = """
# `sales_wide` has one row per store: `store` (id) and one sales column per month, "2024-01" to \
# "2024-12" (other columns may follow and are not months). For every month find the store with \
# the highest sales and that store's share of the month's total sales across all stores: store \
# them in `leaders`, a DataFrame indexed by the month column names in calendar order with \
# columns `store` and `share` (a fraction; NaN when the month's total is 0). Any of several \
# stores tied for the top is acceptable."""
# prompt = """
# For my wide sales table `sales_wide` (`store` plus monthly columns "2024-01" ... "2024-12", and \
# maybe some other non-month columns) I want to know who led each month: a DataFrame `leaders` \
# indexed by month (the column names, in order) with the top-selling `store` and its `share` of \
# that month's total over all stores, as a fraction, NaN if nothing was sold that month. If \
# stores tie for first, any of them is fine."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { sales_wide = 'store_sales' }
# checks = [
#     "list(leaders.index) == [f'2024-{m:02d}' for m in range(1, 13)]",
#     "list(leaders.columns[:2]) == ['store', 'share']",
#     # the named store reaches the month's maximum; its share is that maximum over the column total
#     "all(np.isclose(sales_wide.loc[sales_wide['store'] == leaders.loc[m, 'store'], m].iloc[0], sales_wide[m].max()) for m in leaders.index)",
#     "all((np.isnan(leaders.loc[m, 'share']) if sales_wide[m].sum() == 0 else np.isclose(leaders.loc[m, 'share'], sales_wide[m].max() / sales_wide[m].sum())) for m in leaders.index)",
# ]
# difficulty = 'basic'
# tags = ['sorting', 'aggregation', 'column-wise']
# edge_cases = true
# ///
months = [column for column in sales_wide.columns if column.startswith("2024-")]
by_store = sales_wide.set_index("store")[months]

totals = by_store.sum()
leaders = by_store.idxmax().to_frame("store")
# a month with no sales at all has no meaningful share
leaders["share"] = by_store.max() / totals.where(totals > 0)
