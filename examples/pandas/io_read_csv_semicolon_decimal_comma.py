# /// example
# task = """
# Read the German spreadsheet export below (a string `export`: `;` between fields, `,` as the \
# decimal mark, `.` grouping thousands) into `prices` with `price` parsed as float64 and `units` \
# as integers, and add a column `revenue` = price times units.
#
# ```text
# product;price;units
# Tisch;1.299,50;3
# Stuhl;89,90;12
# Lampe;24,00;7
# ```
#
# Wanted `prices`:
#
# ```text
#   product   price  units  revenue
# 0   Tisch  1299.5      3   3898.5
# 1   Stuhl    89.9     12   1078.8
# 2   Lampe    24.0      7    168.0
# ```"""
# prompt = """
# I got this CSV from a colleague's German Excel (I have it as a string `export`) and pandas reads \
# the prices as text. How do I load it into `prices` with real numbers and add a `revenue` column \
# (price times units)?
#
# ```text
# product;price;units
# Tisch;1.299,50;3
# Stuhl;89,90;12
# Lampe;24,00;7
# ```
#
# I'd like to end up with:
#
# ```text
#   product   price  units  revenue
# 0   Tisch  1299.5      3   3898.5
# 1   Stuhl    89.9     12   1078.8
# 2   Lampe    24.0      7    168.0
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'np.allclose(prices["price"].to_numpy(dtype=float), [1299.5, 89.9, 24.0])',
#     'prices["price"].dtype == np.float64 and pd.api.types.is_integer_dtype(prices["units"])',
#     'np.allclose(prices["revenue"].to_numpy(dtype=float), [3898.5, 1078.8, 168.0])',
#     'prices["product"].tolist() == ["Tisch", "Stuhl", "Lampe"]',
# ]
# difficulty = 'intermediate'
# tags = ['file-io', 'parsing', 'derived-columns']
# ///
import io

import pandas as pd

export = """product;price;units
Tisch;1.299,50;3
Stuhl;89,90;12
Lampe;24,00;7
"""
# decimal="," and thousands="." parse "1.299,50" as 1299.5 instead of a string
prices = pd.read_csv(io.StringIO(export), sep=";", decimal=",", thousands=".")
prices["revenue"] = prices["price"] * prices["units"]
