# /// example
# task = """
# The order ids to cancel arrive as text from a web form. This code should select those orders \
# from `orders_table` into `to_cancel`, but it silently selects nothing:
#
# ```python
# import io
#
# import pandas as pd
#
# orders_table = pd.read_csv(io.StringIO("order_id,total\\n1001,25.0\\n1002,9.5\\n1003,40.0\\n"))
# requested = ["1001", "1003"]
# to_cancel = orders_table[orders_table["order_id"].isin(requested)]
# ```
#
# Fix it: `to_cancel` must hold the rows of orders 1001 and 1003 (totals 25.0 and 40.0)."""
# prompt = """
# Customers request cancellations through a form, so the ids in `requested` are strings. My \
# filter on `orders_table` returns an empty `to_cancel` even though the orders exist:
#
# ```python
# import io
#
# import pandas as pd
#
# orders_table = pd.read_csv(io.StringIO("order_id,total\\n1001,25.0\\n1002,9.5\\n1003,40.0\\n"))
# requested = ["1001", "1003"]
# to_cancel = orders_table[orders_table["order_id"].isin(requested)]
# ```
#
# I expect the rows of orders 1001 and 1003 (totals 25.0 and 40.0)."""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'to_cancel["order_id"].astype(int).tolist() == [1001, 1003]',
#     'to_cancel["total"].tolist() == [25.0, 40.0]',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'data-types', 'row-selection']
# ///
import io

import pandas as pd

orders_table = pd.read_csv(io.StringIO("order_id,total\n1001,25.0\n1002,9.5\n1003,40.0\n"))
requested = ["1001", "1003"]
# read_csv made order_id integers, and 1001 != "1001": convert the requested ids first
to_cancel = orders_table[orders_table["order_id"].isin([int(order_id) for order_id in requested])]
