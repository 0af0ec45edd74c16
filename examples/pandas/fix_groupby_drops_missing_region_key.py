# /// example
# task = """
# This code totals `revenue` per `region` of `sales` into `revenue_by_region`, but rows without a \
# region vanish, so the totals add up to less than the overall revenue. Keep those rows as their \
# own group under a missing (NaN) region key:
#
# ```python
# import pandas as pd
#
# sales = pd.DataFrame(
#     {
#         "region": ["North", None, "South", "North", None, "East"],
#         "revenue": [120.0, 80.0, 200.0, 50.0, 30.0, 70.0],
#     }
# )
# revenue_by_region = sales.groupby("region")["revenue"].sum()
# ```
#
# Fix it."""
# prompt = """
# My per-region revenue in `revenue_by_region` doesn't reconcile with the total of `sales`: the \
# rows with no `region` seem to disappear. I want them kept as a separate group with a missing \
# (NaN) region key:
#
# ```python
# import pandas as pd
#
# sales = pd.DataFrame(
#     {
#         "region": ["North", None, "South", "North", None, "East"],
#         "revenue": [120.0, 80.0, 200.0, 50.0, 30.0, 70.0],
#     }
# )
# revenue_by_region = sales.groupby("region")["revenue"].sum()
# ```"""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'np.isclose(revenue_by_region.sum(), sales["revenue"].sum())',
#     '(lambda missing: len(missing) == 1 and np.isclose(missing[0], sales.loc[sales["region"].isna(), "revenue"].sum()))([total for region, total in revenue_by_region.items() if pd.isna(region)])',
#     'all(np.isclose(revenue_by_region[region], sales.loc[sales["region"] == region, "revenue"].sum()) for region in sales["region"].dropna().unique())',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'groupby', 'missing-data', 'aggregation']
# ///
import pandas as pd

sales = pd.DataFrame(
    {
        "region": ["North", None, "South", "North", None, "East"],
        "revenue": [120.0, 80.0, 200.0, 50.0, 30.0, 70.0],
    }
)
# groupby leaves out rows whose key is missing unless told otherwise
revenue_by_region = sales.groupby("region", dropna=False)["revenue"].sum()
