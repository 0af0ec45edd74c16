# /// example
# task = '''
# Write a function `share_of_group` with the signature and docstring below, then apply it to the
# order lines `orders` to get each line's share of its order's total `quantity` (groups by
# `order_id`), stored in `quantity_share`.
#
# ```python
# def share_of_group(df, value_col, group_col):
#     """Each row's `value_col` as a fraction of its group's total.
#
#     Returns a float Series aligned with df.index. Missing values give NaN
#     and do not count towards the total; a group whose total is 0 gives NaN
#     for all its rows.
#     """
# ```'''
# prompt = """
# I keep computing "what fraction of its group's total is this row". Please write \
# `share_of_group(df, value_col, group_col)` returning a float Series on df's index with each \
# row's value divided by its group's total, NaN for missing values (which don't count in the \
# total) and NaN for every row of a group that sums to 0. Then use it on my `orders` lines to get \
# each line's share of its order's `quantity` (group by `order_id`) as `quantity_share`."""
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { orders = 'orders' }
# checks = [
#     'np.allclose(share_of_group(pd.DataFrame({"g": ["a", "b", "a"], "v": [1, 5, 3]}), "v", "g"), [0.25, 1.0, 0.75])',
#     'np.allclose(share_of_group(pd.DataFrame({"g": ["x", "x", "y", "y"], "v": [0.0, 0.0, 2.0, -2.0]}), "v", "g"), [np.nan] * 4, equal_nan=True)',
#     'np.allclose(share_of_group(pd.DataFrame({"g": ["a"] * 3, "v": [1.0, np.nan, 3.0]}), "v", "g"), [0.25, np.nan, 0.75], equal_nan=True)',
#     'share_of_group(pd.DataFrame({"g": ["q", "r", "q"], "v": [2, 2, 6]}, index=[7, 3, 5]), "v", "g").to_dict() == {7: 0.25, 3: 1.0, 5: 0.75}',
#     'isinstance(quantity_share, pd.Series) and quantity_share.index.equals(orders.index) and quantity_share.dtype == np.float64',
#     'np.allclose(quantity_share.to_numpy(), orders["quantity"].to_numpy() / np.array([orders.loc[orders["order_id"].to_numpy() == order, "quantity"].sum() for order in orders["order_id"]]))',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'groupby', 'derived-columns']
# edge_cases = true
# ///
import numpy as np


def share_of_group(df, value_col, group_col):
    """Each row's `value_col` as a fraction of its group's total.

    Returns a float Series aligned with df.index. Missing values give NaN
    and do not count towards the total; a group whose total is 0 gives NaN
    for all its rows.
    """
    values = df[value_col].astype(float)
    # transform broadcasts each group's sum back onto the group's rows
    totals = values.groupby(df[group_col].to_numpy()).transform("sum")
    return values / totals.replace(0.0, np.nan)


quantity_share = share_of_group(orders, "quantity", "order_id")
