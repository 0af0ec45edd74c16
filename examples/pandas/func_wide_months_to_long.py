# /// example
# task = '''
# Write a function `wide_to_long_months` with the signature and docstring below, then apply it to
# the wide table `store_sales` (a `store` column and one sales column per month, `2024-01` to
# `2024-12`) and store the result in `sales_long`.
#
# ```python
# def wide_to_long_months(wide, id_col="store", value_name="sales"):
#     """Melt a table with one column per month into long form.
#
#     The month columns are those named "YYYY-MM"; other columns besides
#     id_col are dropped. Returns the columns id_col, "month" (datetime64,
#     the first day of the month) and value_name, one row per id and month,
#     sorted by id_col and then month, with a fresh RangeIndex. Missing
#     values are kept as NaN rows.
#     """
# ```'''
# prompt = """
# Our sales sheet has one row per store and one column per month named like "2024-01". Please \
# write `wide_to_long_months(wide, id_col="store", value_name="sales")` that turns such a table \
# into long form with the columns `id_col`, `"month"` (real datetimes, first day of each month) \
# and `value_name`, dropping any other column such as a region label: one row per id and month \
# (keep missing values as NaN rows), sorted by id then month, with a clean 0..n-1 index. Use it on my `store_sales` table (months `2024-01` to \
# `2024-12`) and keep the result in `sales_long`."""
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { store_sales = 'store_sales' }
# checks = [
#     # to_dict compares Timestamps by value, whatever the datetime64 resolution
#     'wide_to_long_months(pd.DataFrame({"store": ["b", "a"], "2024-02": [1.0, 2.0], "2024-01": [3.0, np.nan]})).fillna({"sales": -1.0}).to_dict("list") == {"store": ["a", "a", "b", "b"], "month": [pd.Timestamp("2024-01-01"), pd.Timestamp("2024-02-01")] * 2, "sales": [-1.0, 2.0, 3.0, 1.0]}',
#     'list(wide_to_long_months(pd.DataFrame({"site": [7], "2023-12": [5.0], "2024-01": [6.0]}), id_col="site", value_name="visits").columns) == ["site", "month", "visits"] and wide_to_long_months(pd.DataFrame({"site": [7], "2023-12": [5.0], "2024-01": [6.0]}), id_col="site", value_name="visits")["month"].dt.strftime("%Y-%m").tolist() == ["2023-12", "2024-01"]',
#     'wide_to_long_months(pd.DataFrame({"store": ["x", "y"], "2024-05": [1.0, 2.0], "region": ["n", "s"]}, index=[40, 30])).to_dict("list") == {"store": ["x", "y"], "month": [pd.Timestamp("2024-05-01")] * 2, "sales": [1.0, 2.0]} and wide_to_long_months(pd.DataFrame({"store": ["x", "y"], "2024-05": [1.0, 2.0], "region": ["n", "s"]}, index=[40, 30])).index.equals(pd.RangeIndex(2))',
#     'list(sales_long.columns) == ["store", "month", "sales"] and len(sales_long) == 12 * len(store_sales) and pd.api.types.is_datetime64_any_dtype(sales_long["month"])',
#     'sales_long.index.equals(pd.RangeIndex(len(sales_long))) and sales_long[["store", "month"]].equals(sales_long[["store", "month"]].sort_values(["store", "month"]).reset_index(drop=True))',
#     'np.allclose(sales_long["sales"].to_numpy(), [store_sales.set_index("store").at[shop, month.strftime("%Y-%m")] for shop, month in zip(sales_long["store"], sales_long["month"])], equal_nan=True)',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'reshaping', 'datetime']
# edge_cases = true
# ///
import re

import pandas as pd


def wide_to_long_months(wide, id_col="store", value_name="sales"):
    """Melt a table with one column per month into long form.

    The month columns are those named "YYYY-MM"; other columns besides
    id_col are dropped. Returns the columns id_col, "month" (datetime64,
    the first day of the month) and value_name, one row per id and month,
    sorted by id_col and then month, with a fresh RangeIndex. Missing
    values are kept as NaN rows.
    """
    months = [name for name in wide.columns if re.fullmatch(r"\d{4}-\d{2}", str(name))]
    long = wide.melt(id_vars=id_col, value_vars=months, var_name="month", value_name=value_name)
    # an explicit format parses "2024-01" the same way on every pandas version
    long["month"] = pd.to_datetime(long["month"], format="%Y-%m")
    return long.sort_values([id_col, "month"], ignore_index=True)


sales_long = wide_to_long_months(store_sales)
