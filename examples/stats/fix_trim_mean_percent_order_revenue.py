# /// example
# task = """
# This code should compute the 5% trimmed mean of the line revenue (`quantity` times `unit_price`) \
# of the order table `orders` (drop the lowest 5% and the highest 5% of the line revenues, \
# average the rest) into `typical_revenue`, but it raises an error:
#
# ```python
# from scipy import stats
#
# line_revenue = orders["quantity"] * orders["unit_price"]
# typical_revenue = stats.trim_mean(line_revenue, 5)
# ```
#
# ```text
# ValueError: Proportion too big.
# ```
#
# Fix it."""
# prompt = """
# A few huge orders distort my average, so I want a 5% trimmed mean of the revenue per order line \
# (`quantity` times `unit_price` in `orders`), cutting 5% at each end, as `typical_revenue`:
#
# ```python
# from scipy import stats
#
# line_revenue = orders["quantity"] * orders["unit_price"]
# typical_revenue = stats.trim_mean(line_revenue, 5)
# ```
#
# but I get
#
# ```text
# ValueError: Proportion too big.
# ```
#
# What's the right call?"""
# task_type = 'fix'
# domain = 'statistics'
# libraries = ['scipy.stats', 'pandas']
# inputs = { orders = 'orders' }
# checks = [
#     # the mean of the sorted revenues without int(0.05 * n) values at each end
#     'np.isclose(typical_revenue, np.sort((orders["quantity"] * orders["unit_price"]).to_numpy())[int(0.05 * len(orders)) : len(orders) - int(0.05 * len(orders))].mean())',
#     '(orders["quantity"] * orders["unit_price"]).min() <= typical_revenue <= (orders["quantity"] * orders["unit_price"]).max()',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'descriptive-statistics', 'robust-statistics', 'outliers']
# edge_cases = true
# ///
from scipy import stats

line_revenue = orders["quantity"] * orders["unit_price"]
# proportiontocut is the fraction cut at each end (0.05), not a percentage
typical_revenue = stats.trim_mean(line_revenue, proportiontocut=0.05)
