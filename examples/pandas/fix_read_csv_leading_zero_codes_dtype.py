# /// example
# task = """
# This code reads a product list whose `code` column has leading zeros, but `products["code"]` \
# comes out as `[123, 4500, 10000]` instead of the text codes `["00123", "04500", "10000"]`:
#
# ```python
# import io
#
# import pandas as pd
#
# csv_text = "code,name,price\\n00123,pen,1.20\\n04500,stapler,8.90\\n10000,monitor,189.00\\n"
# products = pd.read_csv(io.StringIO(csv_text))
# ```
#
# Fix it so that `code` keeps the codes exactly as written while `price` stays numeric."""
# prompt = """
# Our product codes lose their leading zeros when I load the CSV:
#
# ```python
# import io
#
# import pandas as pd
#
# csv_text = "code,name,price\\n00123,pen,1.20\\n04500,stapler,8.90\\n10000,monitor,189.00\\n"
# products = pd.read_csv(io.StringIO(csv_text))
# ```
#
# `products["code"]` is `[123, 4500, 10000]` but I need the text `["00123", "04500", "10000"]`, \
# with `price` still a number. How do I read it?"""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'products["code"].tolist() == ["00123", "04500", "10000"]',
#     'np.allclose(products["price"].to_numpy(dtype=float), [1.2, 8.9, 189.0]) and pd.api.types.is_float_dtype(products["price"])',
#     'products["name"].tolist() == ["pen", "stapler", "monitor"]',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'file-io', 'data-types']
# ///
import io

import pandas as pd

csv_text = "code,name,price\n00123,pen,1.20\n04500,stapler,8.90\n10000,monitor,189.00\n"
# read_csv infers integers and drops the zeros; a str dtype for the column keeps the text as written
products = pd.read_csv(io.StringIO(csv_text), dtype={"code": str})
