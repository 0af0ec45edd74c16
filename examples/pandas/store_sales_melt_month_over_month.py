# /// example
# task = """
# `sales_wide` has one row per store: `store` (id) and one sales column per month, "2024-01" to \
# "2024-12" (other columns may follow and are not months). Reshape it to long form in `sales_long` \
# with columns `store`, `month` (a datetime64 column, the first day of the month) and `sales`, \
# sorted by store then month with a fresh 0..n-1 index, and add the month-over-month growth \
# `growth` per store: sales / previous month's sales of the same store - 1, NaN for a store's \
# first month and wherever the previous month's sales are 0 or missing."""
# prompt = """
# My sales table `sales_wide` is wide: a `store` column and then one column per month from \
# "2024-01" to "2024-12" (there might be other non-month columns too). Please melt it into a \
# long table `sales_long` with columns `store`, `month` (as real dates, first of the month) and \
# `sales`, sorted by store and month with a clean 0..n-1 index, and add a `growth` column with \
# the month-over-month change of each store, sales / previous month - 1. Leave it NaN for each \
# store's first month and when the previous month had 0 or missing sales."""
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { sales_wide = 'store_sales' }
# checks = [
#     "list(sales_long.columns[:4]) == ['store', 'month', 'sales', 'growth']",
#     'len(sales_long) == 12 * len(sales_wide) and sales_long.index.equals(pd.RangeIndex(len(sales_long)))',
#     "pd.api.types.is_datetime64_any_dtype(sales_long['month'])",
#     "list(zip(sales_long['store'], sales_long['month'])) == sorted((s, pd.Timestamp(f'2024-{m:02d}-01')) for s in sales_wide['store'] for m in range(1, 13))",
#     # growth straight from the wide table: each month column over the previous one
#     "(lambda w: np.allclose(sales_long['sales'].to_numpy(dtype=float), w.ravel(), equal_nan=True) and np.allclose(sales_long['growth'].to_numpy(dtype=float), np.column_stack([np.full(len(w), np.nan), np.where(w[:, :-1] > 0, w[:, 1:] / np.where(w[:, :-1] > 0, w[:, :-1], 1.0) - 1, np.nan)]).ravel(), equal_nan=True))(sales_wide.sort_values('store')[[f'2024-{m:02d}' for m in range(1, 13)]].to_numpy(dtype=float))",
# ]
# difficulty = 'intermediate'
# tags = ['reshaping', 'lags', 'groupby', 'datetime']
# edge_cases = true
# ///
import pandas as pd

month_columns = [c for c in sales_wide.columns if c.startswith("2024-")]
sales_long = sales_wide.melt(
    id_vars="store", value_vars=month_columns, var_name="month", value_name="sales"
)
sales_long["month"] = pd.to_datetime(sales_long["month"], format="%Y-%m")
sales_long = sales_long.sort_values(["store", "month"], ignore_index=True)

previous = sales_long.groupby("store")["sales"].shift()
# a month after a closed (zero) month has no defined growth
sales_long["growth"] = sales_long["sales"] / previous.where(previous > 0) - 1
