# /// example
# task = """
# Build the `sales` table below, write it to an in-memory SQLite database with the standard \
# library's `sqlite3`, and run an SQL query with `pandas.read_sql` that returns, per `region`, \
# the summed `amount` as `total` and the number of rows as `n`, largest total first, into \
# `region_totals`.
#
# ```text
#   region  amount
# 0  north   120.0
# 1  south    80.5
# 2  north    42.0
# 3   east   310.0
# 4  south    99.5
# 5  north    15.0
# ```
#
# Wanted `region_totals`:
#
# ```text
#   region  total  n
# 0   east  310.0  1
# 1  south  180.0  2
# 2  north  177.0  3
# ```"""
# prompt = """
# I'm testing a report query before it goes to our database. With this `sales` DataFrame
#
# ```text
#   region  amount
# 0  north   120.0
# 1  south    80.5
# 2  north    42.0
# 3   east   310.0
# 4  south    99.5
# 5  north    15.0
# ```
#
# load it into an in-memory SQLite database (plain `sqlite3`, no SQLAlchemy), run a GROUP BY \
# query and read the answer back into a DataFrame `region_totals` with the `total` amount and \
# row count `n` per `region`, biggest total first:
#
# ```text
#   region  total  n
# 0   east  310.0  1
# 1  south  180.0  2
# 2  north  177.0  3
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'list(region_totals.columns) == ["region", "total", "n"]',
#     'region_totals["region"].tolist() == ["east", "south", "north"]',
#     'np.allclose(region_totals["total"].to_numpy(dtype=float), [310.0, 180.0, 177.0])',
#     'region_totals["n"].tolist() == [1, 2, 3]',
# ]
# difficulty = 'intermediate'
# tags = ['file-io', 'aggregation']
# ///
import sqlite3
from contextlib import closing

import pandas as pd

sales = pd.DataFrame(
    {
        "region": ["north", "south", "north", "east", "south", "north"],
        "amount": [120.0, 80.5, 42.0, 310.0, 99.5, 15.0],
    }
)
query = """
SELECT region, SUM(amount) AS total, COUNT(*) AS n
FROM sales
GROUP BY region
ORDER BY total DESC
"""
# pandas accepts a plain sqlite3 connection; closing() closes it when the block ends
with closing(sqlite3.connect(":memory:")) as connection:
    sales.to_sql("sales", connection, index=False)
    region_totals = pd.read_sql(query, connection)
