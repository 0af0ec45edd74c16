# /// example
# task = """
# A database bulk loader wants missing values written as `NULL` and no index column. Build the \
# table below as `products` and write it to the CSV text `csv_out` accordingly.
#
# ```text
#   sku  price     note
# 0  A1    9.5  fragile
# 1  B2    NaN     None
# 2  C3   12.0     bulk
# ```
#
# Wanted `csv_out`:
#
# ```text
# sku,price,note
# A1,9.5,fragile
# B2,NULL,NULL
# C3,12.0,bulk
# ```"""
# prompt = """
# I have to export `products` for a database import that treats the literal word `NULL` as a \
# missing value and doesn't want the pandas index:
#
# ```text
#   sku  price     note
# 0  A1    9.5  fragile
# 1  B2    NaN     None
# 2  C3   12.0     bulk
# ```
#
# Give me the CSV as a string `csv_out`, looking like this:
#
# ```text
# sku,price,note
# A1,9.5,fragile
# B2,NULL,NULL
# C3,12.0,bulk
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'csv_out.splitlines() == ["sku,price,note", "A1,9.5,fragile", "B2,NULL,NULL", "C3,12.0,bulk"]',
#     'products["sku"].tolist() == ["A1", "B2", "C3"] and products["price"].isna().tolist() == [False, True, False]',
# ]
# difficulty = 'basic'
# tags = ['file-io', 'missing-data']
# ///
import pandas as pd

products = pd.DataFrame(
    {"sku": ["A1", "B2", "C3"], "price": [9.5, None, 12.0], "note": ["fragile", None, "bulk"]}
)
# na_rep is written for every missing cell; with no path, to_csv returns the text
csv_out = products.to_csv(index=False, na_rep="NULL")
