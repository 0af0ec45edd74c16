# /// example
# task = """
# The wide table `store_sales` has a `store` column and one sales column per month named like \
# `2024-01`. This code should reshape it to long form, `long_sales`, with a `sales` column and \
# one row per store and month, indexed by (`store`, `month`) where `month` is the column's month \
# text (e.g. "2024-01"), but `long_sales` comes out empty:
#
# ```python
# import pandas as pd
#
# renamed = store_sales.rename(columns=lambda column: column if column == "store" else f"sales_{column}")
# long_sales = pd.wide_to_long(renamed, stubnames="sales", i="store", j="month", sep="_")
# ```
#
# Fix it."""
# prompt = """
# I'm turning my wide `store_sales` table (a `store` column plus monthly columns `2024-01`, \
# `2024-02`, ...) into long format with `wide_to_long`: one row per store and month in \
# `long_sales`, indexed by `store` and `month` (the month text such as "2024-01"), values in a \
# `sales` column:
#
# ```python
# import pandas as pd
#
# renamed = store_sales.rename(columns=lambda column: column if column == "store" else f"sales_{column}")
# long_sales = pd.wide_to_long(renamed, stubnames="sales", i="store", j="month", sep="_")
# ```
#
# No error, but the result has zero rows. Why, and how do I fix it?"""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { store_sales = 'store_sales' }
# checks = [
#     '(lambda months: len(long_sales) == len(store_sales) * len(months))([column for column in store_sales.columns if column[:4].isdigit()])',
#     'list(long_sales.index.names) == ["store", "month"]',
#     '(lambda found: all(np.isclose(found[(store, month)], value) for store, row in store_sales.set_index("store").filter(regex="^[0-9]{4}-").iterrows() for month, value in row.items()))({(str(store), str(month)): value for (store, month), value in long_sales["sales"].items()})',
# ]
# difficulty = 'advanced'
# tags = ['debugging', 'reshaping']
# edge_cases = true
# ///
import pandas as pd

renamed = store_sales.rename(
    columns=lambda column: column if column == "store" else f"sales_{column}"
)
# wide_to_long only matches numeric suffixes by default ("\d+"), and "2024-01" is not one:
# give it a pattern for the year-month suffix
long_sales = pd.wide_to_long(
    renamed, stubnames="sales", i="store", j="month", sep="_", suffix=r"\d{4}-\d{2}"
)
