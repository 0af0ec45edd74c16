# /// example
# task = """
# Turn the wide table `store_sales` (`store` plus one column per month named "YYYY-MM"; ignore \
# any other column) into a month-by-store frame with a DatetimeIndex of month starts (one column \
# per store), then compute the trailing 3-month rolling mean of each store, NaN for the first two \
# months. Store the result in `three_month_avg`."""
# prompt = """
# I'd like a 3-month moving average of every store's sales from my wide `store_sales` table \
# (month columns "2024-01" ... plus `store`, maybe other columns). Please turn it into months as \
# a DatetimeIndex (first day of each month) by stores as columns and give me the trailing \
# 3-month mean, NaN for the first two months, as `three_month_avg`."""
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { store_sales = 'store_sales' }
# checks = [
#     'isinstance(three_month_avg.index, pd.DatetimeIndex) and [day.strftime("%Y-%m") for day in three_month_avg.index] == [c for c in store_sales.columns if c[:4].isdigit()] and all(day.day == 1 for day in three_month_avg.index)',
#     'sorted(three_month_avg.columns) == sorted(store_sales["store"])',
#     '(lambda sales: np.allclose(three_month_avg[list(store_sales["store"])].to_numpy(dtype=float)[2:], (sales[:, 2:] + sales[:, 1:-1] + sales[:, :-2]).T / 3) and np.isnan(three_month_avg.to_numpy(dtype=float)[:2]).all())(store_sales[[c for c in store_sales.columns if c[:4].isdigit()]].to_numpy(dtype=float))',
# ]
# difficulty = 'intermediate'
# tags = ['reshaping', 'rolling-window', 'time-series']
# edge_cases = true
# ///
import pandas as pd

monthly = store_sales.set_index("store").filter(regex=r"^\d{4}-\d{2}$").T
# "2024-01" style labels parse to the first day of each month
monthly.index = pd.to_datetime(monthly.index, format="%Y-%m")
three_month_avg = monthly.rolling(3).mean()
