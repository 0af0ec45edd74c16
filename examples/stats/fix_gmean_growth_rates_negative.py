# /// example
# task = """
# From the wide table `store_sales` (a `store` column and one sales column per month, in month \
# order), this code should give the average monthly growth rate of the total sales of all stores \
# as a compound rate in `avg_growth` (0.02 means +2% a month): the rate that, applied every month, \
# turns the first month's total into the last month's:
#
# ```python
# from scipy import stats
#
# monthly_total = store_sales.drop(columns="store").sum()
# growth = monthly_total.pct_change().dropna()
# avg_growth = stats.gmean(growth)
# ```
#
# It comes out as nan (with a warning about an invalid value in log) because some months shrank. \
# Fix it."""
# prompt = """
# I want the average month-over-month growth of our total sales (sum over all stores of \
# `store_sales`, which has a `store` column and then one column per month) as a compound rate in \
# `avg_growth`, so that growing by it every month takes the first month's total to the last one's. \
# I used the geometric mean:
#
# ```python
# from scipy import stats
#
# monthly_total = store_sales.drop(columns="store").sum()
# growth = monthly_total.pct_change().dropna()
# avg_growth = stats.gmean(growth)
# ```
#
# and got nan plus a RuntimeWarning. Why?"""
# task_type = 'fix'
# domain = 'statistics'
# libraries = ['scipy.stats', 'pandas']
# inputs = { store_sales = 'store_sales' }
# checks = [
#     # compounding the rate over the n - 1 steps reproduces last / first
#     'np.isclose((1 + avg_growth) ** (store_sales.shape[1] - 2), store_sales.drop(columns="store").sum().iloc[-1] / store_sales.drop(columns="store").sum().iloc[0])',
#     'avg_growth > -1',
# ]
# difficulty = 'advanced'
# tags = ['debugging', 'descriptive-statistics', 'lags']
# edge_cases = { extra_columns = false, why = "the table holds only the store id and one sales column per month" }
# ///
from scipy import stats

monthly_total = store_sales.drop(columns="store").sum()
growth = monthly_total.pct_change().dropna()
# average the growth factors (1 + rate), which are positive, then turn the result back into a rate
avg_growth = stats.gmean(1 + growth) - 1
