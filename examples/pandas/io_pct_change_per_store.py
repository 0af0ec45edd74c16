# /// example
# task = """
# Build the monthly table `sales` below (months in order within each store) and add `growth_pct`: \
# the percent change of `revenue` from the same store's previous month, rounded to 1 decimal; a \
# store's first month has NaN.
#
# ```text
#   store    month  revenue
# 0     A  2024-01    200.0
# 1     B  2024-01     80.0
# 2     A  2024-02    250.0
# 3     B  2024-02     60.0
# 4     A  2024-03    225.0
# 5     B  2024-03     90.0
# ```
#
# Wanted `sales`:
#
# ```text
#   store    month  revenue  growth_pct
# 0     A  2024-01    200.0         NaN
# 1     B  2024-01     80.0         NaN
# 2     A  2024-02    250.0        25.0
# 3     B  2024-02     60.0       -25.0
# 4     A  2024-03    225.0       -10.0
# 5     B  2024-03     90.0        50.0
# ```"""
# prompt = """
# `sales` has monthly revenue for two stores mixed together. I want month-over-month growth in \
# percent per store (not across stores!) in a column `growth_pct`, rounded to 1 decimal, NaN for \
# each store's first month:
#
# ```text
#   store    month  revenue
# 0     A  2024-01    200.0
# 1     B  2024-01     80.0
# 2     A  2024-02    250.0
# 3     B  2024-02     60.0
# 4     A  2024-03    225.0
# 5     B  2024-03     90.0
# ```
#
# Like this:
#
# ```text
#   store    month  revenue  growth_pct
# 0     A  2024-01    200.0         NaN
# 1     B  2024-01     80.0         NaN
# 2     A  2024-02    250.0        25.0
# 3     B  2024-02     60.0       -25.0
# 4     A  2024-03    225.0       -10.0
# 5     B  2024-03     90.0        50.0
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'np.allclose(sales["growth_pct"].to_numpy(dtype=float), [np.nan, np.nan, 25.0, -25.0, -10.0, 50.0], equal_nan=True)',
#     'sales["store"].tolist() == ["A", "B", "A", "B", "A", "B"]',
# ]
# difficulty = 'intermediate'
# tags = ['groupby', 'lags']
# ///
import pandas as pd

sales = pd.DataFrame(
    {
        "store": ["A", "B", "A", "B", "A", "B"],
        "month": ["2024-01", "2024-01", "2024-02", "2024-02", "2024-03", "2024-03"],
        "revenue": [200.0, 80.0, 250.0, 60.0, 225.0, 90.0],
    }
)
# pct_change within the groupby compares each month with the previous row of the same store
sales["growth_pct"] = (sales.groupby("store")["revenue"].pct_change() * 100).round(1)
