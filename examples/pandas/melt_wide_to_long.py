# /// example
# task = """
# Reshape the wide table `store_sales` (one row per `store`, one sales column per month \
# "2024-01" ... "2024-12") to long with `melt`: keep `store` as identifier and stack the month \
# columns into a `month` column (the column name) and a `sales` column; store the result in \
# `long_sales`."""
# prompt = """
# My `store_sales` table is wide: one row per `store` and one sales column per month ("2024-01" \
# to "2024-12"). Reshape it to long format, keeping `store` as the identifier column and stacking \
# the month columns into a `month` column (the column name) and a `sales` column, with the columns \
# in that order. Store the result in `long_sales`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { store_sales = 'store_sales' }
# checks = [
#     'len(long_sales) == 12 * len(store_sales)',
#     'list(long_sales.columns) == ["store", "month", "sales"]',
#     'np.isclose(long_sales.loc[long_sales["month"] == "2024-12", "sales"].sum(), store_sales["2024-12"].sum())',
#     'set(long_sales["month"]) == {f"2024-{m:02d}" for m in range(1, 13)}',
# ]
# difficulty = 'basic'
# tags = ['reshaping']
# edge_cases = true
# ///
# the month columns are the ones named like "2024-01"
month_columns = store_sales.filter(regex=r"^\d{4}-\d{2}$").columns
long_sales = store_sales.melt(
    id_vars=["store"],
    value_vars=month_columns,
    var_name="month",
    value_name="sales",
)
