# /// example
# task = """
# This code should keep in `bulk_items` only the products whose name contains the literal \
# marker `(bulk)`, but it also keeps names that merely contain the word bulk:
#
# ```python
# import pandas as pd
#
# items = pd.DataFrame(
#     {"name": ["Paper (bulk)", "bulk paper sample", "Pens (bulk)", "Stapler"], "price": [25.0, 3.5, 12.0, 8.9]}
# )
# bulk_items = items[items["name"].str.contains("(bulk)")]
# ```
#
# Fix it: `bulk_items` should hold only `Paper (bulk)` and `Pens (bulk)`."""
# prompt = """
# I filter my `items` for names tagged `(bulk)`:
#
# ```python
# import pandas as pd
#
# items = pd.DataFrame(
#     {"name": ["Paper (bulk)", "bulk paper sample", "Pens (bulk)", "Stapler"], "price": [25.0, 3.5, 12.0, 8.9]}
# )
# bulk_items = items[items["name"].str.contains("(bulk)")]
# ```
#
# but "bulk paper sample" shows up in `bulk_items` too. I only want `Paper (bulk)` and \
# `Pens (bulk)`."""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'bulk_items["name"].tolist() == ["Paper (bulk)", "Pens (bulk)"]',
#     'list(bulk_items.columns) == ["name", "price"] and bulk_items["price"].tolist() == [25.0, 12.0]',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'text-processing', 'row-selection']
# ///
import pandas as pd

items = pd.DataFrame(
    {
        "name": ["Paper (bulk)", "bulk paper sample", "Pens (bulk)", "Stapler"],
        "price": [25.0, 3.5, 12.0, 8.9],
    }
)
# the pattern is a regex by default, where "(...)" is a group; regex=False matches the text literally
bulk_items = items[items["name"].str.contains("(bulk)", regex=False)]
