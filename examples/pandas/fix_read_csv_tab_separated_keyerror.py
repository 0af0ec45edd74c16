# /// example
# task = """
# The export below is tab-separated. This code should read it and store the `price` column in \
# `prices`, but it raises an error:
#
# ```python
# import io
#
# import pandas as pd
#
# tsv_text = "sku\\tprice\\nA1\\t9.5\\nB2\\t12.0\\nC3\\t4.25\\n"
# prices = pd.read_csv(io.StringIO(tsv_text))["price"]
# ```
#
# ```text
# KeyError: 'price'
# ```
#
# Fix it: `prices` should be the float column `[9.5, 12.0, 4.25]`."""
# prompt = """
# I'm loading a supplier's price list and the `price` column seemingly doesn't exist:
#
# ```python
# import io
#
# import pandas as pd
#
# tsv_text = "sku\\tprice\\nA1\\t9.5\\nB2\\t12.0\\nC3\\t4.25\\n"
# prices = pd.read_csv(io.StringIO(tsv_text))["price"]
# ```
#
# ```text
# KeyError: 'price'
# ```
#
# The file is tab-separated. I want `prices` to be `[9.5, 12.0, 4.25]`."""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'prices.to_numpy(dtype=float).tolist() == [9.5, 12.0, 4.25]',
#     'pd.api.types.is_float_dtype(prices)',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'file-io', 'parsing']
# ///
import io

import pandas as pd

tsv_text = "sku\tprice\nA1\t9.5\nB2\t12.0\nC3\t4.25\n"
# without sep="\t" the whole line is one column named "sku\tprice"
prices = pd.read_csv(io.StringIO(tsv_text), sep="\t")["price"]
