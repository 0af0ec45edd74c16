# /// example
# task = """
# `store_sales` has a `store` column and one sales column per month, `2024-01` to `2024-12`. \
# This loop fits a straight-line trend (sales against month number 0 ... 11) to every store with \
# `curve_fit` and collects the slopes, indexed by store, in `slopes`:
#
# ```python
# import numpy as np
# import pandas as pd
# from scipy.optimize import curve_fit
#
# month_columns = [c for c in store_sales.columns if c != "store"]
# months = np.arange(len(month_columns), dtype=float)
# slope_list = []
# for _, row in store_sales.iterrows():
#     (slope, intercept), _ = curve_fit(lambda t, m, b: m * t + b, months, row[month_columns].to_numpy(dtype=float))
#     slope_list.append(slope)
# slopes = pd.Series(slope_list, index=store_sales["store"])
# ```
#
# Compute the same `slopes` for all stores at once, without the row loop."""
# prompt = """
# For each store in `store_sales` (a `store` column, then monthly sales columns `2024-01` ... \
# `2024-12`) I fit a linear trend with curve_fit in a loop and keep the slopes in `slopes`, a \
# Series indexed by store:
#
# ```python
# import numpy as np
# import pandas as pd
# from scipy.optimize import curve_fit
#
# month_columns = [c for c in store_sales.columns if c != "store"]
# months = np.arange(len(month_columns), dtype=float)
# slope_list = []
# for _, row in store_sales.iterrows():
#     (slope, intercept), _ = curve_fit(lambda t, m, b: m * t + b, months, row[month_columns].to_numpy(dtype=float))
#     slope_list.append(slope)
# slopes = pd.Series(slope_list, index=store_sales["store"])
# ```
#
# With thousands of stores this crawls. Can all the line fits be done in one go?"""
# task_type = 'performance'
# domain = 'numerical_methods'
# libraries = ['numpy', 'pandas', 'scipy.optimize']
# inputs = { store_sales = 'store_sales' }
# checks = [
#     'isinstance(slopes, pd.Series) and list(slopes.index) == list(store_sales["store"])',
#     # least-squares slope: cov(t, y) / var(t) with t = 0 ... 11, for every store
#     'np.allclose(slopes.to_numpy(dtype=float), ((np.arange(12) - 5.5) @ (store_sales.drop(columns="store").to_numpy(dtype=float).T - store_sales.drop(columns="store").to_numpy(dtype=float).mean(axis=1))) / np.sum((np.arange(12) - 5.5) ** 2), rtol=1e-6, atol=1e-8 * (1 + np.abs(store_sales.drop(columns="store").to_numpy(dtype=float)).max()))',
# ]
# difficulty = 'intermediate'
# tags = ['vectorization', 'curve-fitting', 'trend']
# [edge_cases]
# extra_columns = false
# why = 'every column other than `store` is a month of sales, as the loop assumes'
# ///
import numpy as np
import pandas as pd

month_columns = [c for c in store_sales.columns if c != "store"]
months = np.arange(len(month_columns), dtype=float)
sales = store_sales[month_columns].to_numpy(dtype=float)
# polyfit fits one line per column of its 2-D y: transpose so each store is a column
slope_row, _ = np.polyfit(months, sales.T, deg=1)
slopes = pd.Series(slope_row, index=store_sales["store"])
