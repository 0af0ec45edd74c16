# /// example
# task = """
# `quarterly` should hold the quarterly sales totals of every store in the wide table \
# `store_sales` (`store` plus one sales column per month named "YYYY-MM"), with one row per \
# quarter (labelled by the quarter's first day: 2024-01-01, 2024-04-01, 2024-07-01, \
# 2024-10-01) and one column per store. This code raises an error:
#
# ```python
# monthly = store_sales.set_index("store").T
# quarterly = monthly.resample("QS").sum()
# ```
#
# ```text
# TypeError: Only valid with DatetimeIndex, TimedeltaIndex or PeriodIndex, but got an instance of 'Index'
# ```
#
# Fix it."""
# prompt = """
# I transpose my wide `store_sales` table so months are rows and each `store` is a column, then want \
# quarterly totals per store (rows labelled 2024-01-01, 2024-04-01, 2024-07-01, 2024-10-01) as \
# `quarterly`:
#
# ```python
# monthly = store_sales.set_index("store").T
# quarterly = monthly.resample("QS").sum()
# ```
#
# but resample complains:
#
# ```text
# TypeError: Only valid with DatetimeIndex, TimedeltaIndex or PeriodIndex, but got an instance of 'Index'
# ```"""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { store_sales = 'store_sales' }
# checks = [
#     '[day.strftime("%Y-%m-%d") for day in quarterly.index] == ["2024-01-01", "2024-04-01", "2024-07-01", "2024-10-01"] and sorted(quarterly.columns) == sorted(store_sales["store"])',
#     'all(np.isclose(quarterly.iloc[q][store], sum(float(row[f"2024-{m:02d}"]) for m in range(3 * q + 1, 3 * q + 4))) for _, row in store_sales.iterrows() for q in range(4) for store in [row["store"]])',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'resampling', 'reshaping', 'datetime']
# edge_cases = { extra_columns = false, why = "after the transpose every row must be a month; the task's table holds only `store` and the month columns" }
# ///
import pandas as pd

monthly = store_sales.set_index("store").T
# the month labels are strings; resample needs them parsed into a DatetimeIndex first
monthly.index = pd.to_datetime(monthly.index, format="%Y-%m")
quarterly = monthly.resample("QS").sum()
