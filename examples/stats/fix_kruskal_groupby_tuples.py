# /// example
# task = """
# This code should test whether the order `quantity` differs between the products of the order \
# table `orders` with the Kruskal-Wallis test (one sample of quantities per product) and store \
# the statistic in `h_stat` and the p-value in `p_value`, but it raises an error:
#
# ```python
# from scipy import stats
#
# h_stat, p_value = stats.kruskal(*orders.groupby("product")["quantity"])
# ```
#
# ```text
# ValueError: setting an array element with a sequence. The requested array has an inhomogeneous shape after 1 dimensions. The detected shape was (2,) + inhomogeneous part.
# ```
#
# Fix it. If there are fewer than two products, or all quantities are equal, the test is \
# undefined: store NaN in both outputs then."""
# prompt = """
# Do customers order different quantities of different products? I tried a Kruskal-Wallis test \
# on `orders` (one group of `quantity` values per `product`), giving `h_stat` and `p_value`:
#
# ```python
# from scipy import stats
#
# h_stat, p_value = stats.kruskal(*orders.groupby("product")["quantity"])
# ```
#
# ```text
# ValueError: setting an array element with a sequence. The requested array has an inhomogeneous shape after 1 dimensions. The detected shape was (2,) + inhomogeneous part.
# ```
#
# What's wrong with unpacking the groupby? (If there's only one product or every quantity is the \
# same, just give NaN for both.)"""
# task_type = 'fix'
# domain = 'statistics'
# libraries = ['scipy.stats', 'pandas', 'numpy']
# inputs = { orders = 'orders' }
# checks = [
#     '(lambda g: (np.isnan(h_stat) and np.isnan(p_value)) if len(g) < 2 or orders["quantity"].nunique() < 2 else np.allclose((h_stat, p_value), tuple(scipy.stats.kruskal(*g))))([grp.to_numpy() for _, grp in orders.groupby("product")["quantity"]])',
#     'np.isnan(p_value) or 0 <= p_value <= 1',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'k-sample', 'nonparametric', 'groupby']
# edge_cases = true
# ///
import numpy as np
from scipy import stats

# iterating a groupby yields (product, quantities) pairs: keep only the quantities
samples = [quantities.to_numpy() for _, quantities in orders.groupby("product")["quantity"]]
if len(samples) < 2 or orders["quantity"].nunique() < 2:
    h_stat, p_value = np.nan, np.nan
else:
    h_stat, p_value = stats.kruskal(*samples)
