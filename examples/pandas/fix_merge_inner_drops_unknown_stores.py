# /// example
# task = """
# `with_region` should be `store_sales` with a `region` column from the lookup `regions` below, \
# keeping every store (region missing where the lookup has no entry). This code runs, but stores \
# without a lookup entry disappear from `with_region`:
#
# ```python
# import pandas as pd
#
# regions = pd.DataFrame({"store": ["S001", "S002", "S003", "S004", "S005"],
#                         "region": ["north", "north", "south", "east", "south"]})
# with_region = store_sales.merge(regions, on="store")
# ```
#
# Fix it."""
# prompt = """
# I add a `region` to each row of my wide `store_sales` table from a small `regions` lookup. Not \
# every store is in the lookup yet, and those must stay in `with_region` with an empty region, \
# but my merge drops them:
#
# ```python
# import pandas as pd
#
# regions = pd.DataFrame({"store": ["S001", "S002", "S003", "S004", "S005"],
#                         "region": ["north", "north", "south", "east", "south"]})
# with_region = store_sales.merge(regions, on="store")
# ```"""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { store_sales = 'store_sales' }
# checks = [
#     'len(with_region) == len(store_sales) and list(with_region["store"]) == list(store_sales["store"])',
#     'all((with_region["region"].iloc[i] == dict(zip(regions["store"], regions["region"]))[store]) if store in set(regions["store"]) else pd.isna(with_region["region"].iloc[i]) for i, store in enumerate(with_region["store"]))',
#     'np.allclose(with_region[list(store_sales.columns.drop("store"))].to_numpy(dtype=float), store_sales[list(store_sales.columns.drop("store"))].to_numpy(dtype=float), equal_nan=True)',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'merging']
# edge_cases = { extra_columns = false, why = "the table holds only `store` and the month columns; the `region` column is what the lookup adds" }
# ///
import pandas as pd

regions = pd.DataFrame(
    {
        "store": ["S001", "S002", "S003", "S004", "S005"],
        "region": ["north", "north", "south", "east", "south"],
    }
)
# merge defaults to an inner join; how="left" keeps every store and leaves unknown regions missing
with_region = store_sales.merge(regions, on="store", how="left")
