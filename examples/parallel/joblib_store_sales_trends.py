# /// example
# task = """
# `store_sales` has one row per store (column `store`) and one sales column per month \
# (`2024-01` ... `2024-12`). Fit a straight line of sales against the month number 1-12 for every \
# store with `scipy.stats.linregress`, one joblib task per store running in threads, and store the \
# slopes (sales per month) in the Series `trend`, indexed by the store ids in the table's order."""
# prompt = """
# My table `store_sales` has a `store` column and one sales column per month of 2024. For each \
# store I want the linear trend, the slope of a straight-line fit (scipy's linregress) of sales \
# against month number 1 to 12, computed in parallel with joblib threads. Put the slopes in a \
# Series `trend` indexed by store id, in the table's row order."""
# domain = 'data_processing'
# libraries = ['joblib', 'scipy.stats', 'pandas']
# inputs = { store_sales = 'store_sales' }
# checks = [
#     'list(trend.index) == list(store_sales["store"])',
#     'np.allclose(trend.to_numpy(dtype=float), [np.polyfit(np.arange(1, 13), row, 1)[0] for row in store_sales.filter(regex=r"^\d{4}-\d{2}$").to_numpy(dtype=float)], equal_nan=True)',
# ]
# difficulty = 'basic'
# tags = ['parallelism', 'trend', 'regression']
# edge_cases = true
# ///
import numpy as np
import pandas as pd
from joblib import Parallel, delayed
from scipy.stats import linregress

month_columns = [column for column in store_sales.columns if column.startswith("2024-")]
months = np.arange(1, len(month_columns) + 1)
sales = store_sales[month_columns].to_numpy(dtype=float)

# backend="threading": each task is small, and threads skip pickling the rows to worker processes
slopes = Parallel(n_jobs=2, backend="threading")(delayed(linregress)(months, row) for row in sales)
trend = pd.Series([fit.slope for fit in slopes], index=store_sales["store"])
