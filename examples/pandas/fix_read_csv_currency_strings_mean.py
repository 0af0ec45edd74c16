# /// example
# task = """
# This code reads the sales export `csv_text` (columns `id,region,revenue,units,date`, revenue \
# written like "$1,234.50") into `sales` and should store the mean revenue in `mean_revenue`, but \
# it raises an error:
#
# ```python
# import io
#
# import pandas as pd
#
# sales = pd.read_csv(io.StringIO(csv_text))
# mean_revenue = sales["revenue"].mean()
# ```
#
# ```text
# TypeError: Cannot perform reduction 'mean' with string dtype
# ```
#
# Fix it so that `sales["revenue"]` holds numbers (missing entries stay missing) and \
# `mean_revenue` is their mean."""
# prompt = """
# I load a sales CSV from the string `csv_text` into `sales`; the `revenue` column has values \
# like "$1,234.50". I want the average revenue in `mean_revenue`, and `sales["revenue"]` itself \
# should be numeric afterwards (blanks can stay missing). This fails:
#
# ```python
# import io
#
# import pandas as pd
#
# sales = pd.read_csv(io.StringIO(csv_text))
# mean_revenue = sales["revenue"].mean()
# ```
#
# with
#
# ```text
# TypeError: Cannot perform reduction 'mean' with string dtype
# ```
#
# Why, and how do I fix it?"""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { csv_text = 'messy_csv' }
# checks = [
#     'pd.api.types.is_float_dtype(sales["revenue"])',
#     # the revenue field is the quoted "$..." token of each data line
#     'np.isclose(mean_revenue, np.mean([float(token[1:].replace(",", "")) for line in csv_text.splitlines()[1:] for token in line.split(chr(34)) if token.startswith("$")]))',
#     'sales["revenue"].notna().sum() == sum(token.startswith("$") for line in csv_text.splitlines()[1:] for token in line.split(chr(34)))',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'parsing', 'data-types', 'file-io']
# edge_cases = true
# ///
import io

import pandas as pd

sales = pd.read_csv(io.StringIO(csv_text))
# revenue was read as text like "$1,234.50": strip "$" and "," before converting to numbers
sales["revenue"] = pd.to_numeric(sales["revenue"].replace(r"[$,]", "", regex=True))
mean_revenue = sales["revenue"].mean()
