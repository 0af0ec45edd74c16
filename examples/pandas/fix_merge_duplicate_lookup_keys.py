# /// example
# task = """
# This code should add each line's product `category` to the order table `orders` from the lookup \
# table `categories`, keeping exactly one row per order line, in `labelled`. The lookup, typed by \
# hand, lists "mouse" twice. The merge runs, but `labelled` has more rows than `orders` and the \
# revenue totals computed from it come out too high:
#
# ```python
# import pandas as pd
#
# categories = pd.DataFrame(
#     {
#         "product": ["pen", "notebook", "stapler", "desk lamp", "monitor", "mouse", "mouse"],
#         "category": ["stationery", "stationery", "stationery", "furniture", "electronics", "electronics", "electronics"],
#     }
# )
# labelled = orders.merge(categories, on="product", how="left")
# ```
#
# Fix it, so that a repeated product in the lookup cannot duplicate order lines."""
# prompt = """
# I attach a `category` to each line of `orders` from a small hand-made lookup `categories` \
# (which accidentally lists "mouse" twice) and want one row per order line in `labelled`:
#
# ```python
# import pandas as pd
#
# categories = pd.DataFrame(
#     {
#         "product": ["pen", "notebook", "stapler", "desk lamp", "monitor", "mouse", "mouse"],
#         "category": ["stationery", "stationery", "stationery", "furniture", "electronics", "electronics", "electronics"],
#     }
# )
# labelled = orders.merge(categories, on="product", how="left")
# ```
#
# Afterwards `labelled` has more rows than `orders` and my revenue numbers are inflated. How do I \
# make the merge safe?"""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { orders = 'orders' }
# checks = [
#     'len(labelled) == len(orders)',
#     'labelled["order_id"].tolist() == orders["order_id"].tolist()',
#     'labelled["product"].tolist() == orders["product"].tolist()',
#     'np.isclose((labelled["quantity"] * labelled["unit_price"]).sum(), (orders["quantity"] * orders["unit_price"]).sum())',
#     '(labelled.loc[labelled["product"] == "mouse", "category"] == "electronics").all()',
#     '(labelled.loc[labelled["product"] == "desk lamp", "category"] == "furniture").all()',
# ]
# difficulty = 'advanced'
# tags = ['debugging', 'merging', 'data-cleaning']
# edge_cases = true
# ///
import pandas as pd

categories = pd.DataFrame(
    {
        "product": ["pen", "notebook", "stapler", "desk lamp", "monitor", "mouse", "mouse"],
        "category": [
            "stationery",
            "stationery",
            "stationery",
            "furniture",
            "electronics",
            "electronics",
            "electronics",
        ],
    }
)
# every duplicated key in the lookup multiplies the matching order lines: drop the repeats and
# let validate= raise if a product still maps to several categories
lookup = categories.drop_duplicates()
labelled = orders.merge(lookup, on="product", how="left", validate="many_to_one")
