# /// example
# task = """
# This code reads the CSV text `messy_csv` (columns `id,region,revenue,units,date`, dates like \
# 2024-03-15) and should count the rows per calendar month number into `rows_per_month`, a \
# Series indexed by month (1-12, sorted; every row counts, repeated ones too), but it raises:
#
# ```python
# import io
#
# import pandas as pd
#
# sales = pd.read_csv(io.StringIO(messy_csv))
# rows_per_month = sales["date"].dt.month.value_counts().sort_index()
# ```
#
# ```text
# AttributeError: Can only use .dt accessor with datetimelike values
# ```
#
# Fix it."""
# prompt = """
# I load my sales export `messy_csv` (header `id,region,revenue,units,date`) and want how many \
# rows fall in each month, as `rows_per_month` indexed by month number, sorted. Duplicated rows \
# count as well:
#
# ```python
# import io
#
# import pandas as pd
#
# sales = pd.read_csv(io.StringIO(messy_csv))
# rows_per_month = sales["date"].dt.month.value_counts().sort_index()
# ```
#
# ```text
# AttributeError: Can only use .dt accessor with datetimelike values
# ```
#
# Why doesn't `.dt` work here?"""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { messy_csv = 'messy_csv' }
# checks = [
#     '{int(month): int(count) for month, count in rows_per_month.items()} == pd.Series([int(line.rsplit(",", 1)[1][5:7]) for line in messy_csv.strip().splitlines()[1:]]).value_counts().to_dict()',
#     'list(rows_per_month.index) == sorted(rows_per_month.index)',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'datetime', 'file-io', 'counting']
# edge_cases = true
# ///
import io

import pandas as pd

# read_csv leaves dates as text unless told to parse them, and .dt needs datetimes
sales = pd.read_csv(io.StringIO(messy_csv), parse_dates=["date"])
rows_per_month = sales["date"].dt.month.value_counts().sort_index()
