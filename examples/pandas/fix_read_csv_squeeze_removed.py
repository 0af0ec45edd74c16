# /// example
# task = """
# This code should read a one-column CSV of order ids into the Series `order_ids`, but it \
# raises an error:
#
# ```python
# import io
#
# import pandas as pd
#
# csv_text = "order_id\\n1001\\n1002\\n1005\\n"
# order_ids = pd.read_csv(io.StringIO(csv_text), squeeze=True)
# ```
#
# ```text
# TypeError: read_csv() got an unexpected keyword argument 'squeeze'
# ```
#
# Fix it: `order_ids` must be a Series named `order_id` with the values 1001, 1002, 1005."""
# prompt = """
# Older code of ours reads a single-column file straight into a Series:
#
# ```python
# import io
#
# import pandas as pd
#
# csv_text = "order_id\\n1001\\n1002\\n1005\\n"
# order_ids = pd.read_csv(io.StringIO(csv_text), squeeze=True)
# ```
#
# and now fails with
#
# ```text
# TypeError: read_csv() got an unexpected keyword argument 'squeeze'
# ```
#
# I still want `order_ids` as a Series (named `order_id`: 1001, 1002, 1005), not a DataFrame."""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'isinstance(order_ids, pd.Series) and order_ids.name == "order_id"',
#     'order_ids.tolist() == [1001, 1002, 1005]',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'file-io']
# ///
import io

import pandas as pd

csv_text = "order_id\n1001\n1002\n1005\n"
# the squeeze keyword was removed; squeeze the one-column frame after reading instead
order_ids = pd.read_csv(io.StringIO(csv_text)).squeeze("columns")
