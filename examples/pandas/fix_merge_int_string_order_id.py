# /// example
# task = """
# This code should attach the refund amounts of the log `refunds` (order ids as strings, the way \
# the payments API returns them) to every line of the order table `orders`, keeping all order \
# lines and `order_id` as integers, in `with_refunds`, but the merge raises an error:
#
# ```python
# import pandas as pd
#
# refunds = pd.DataFrame({"order_id": ["1003", "1017", "1042"], "refund": [12.5, 40.0, 7.25]})
# with_refunds = orders.merge(refunds, on="order_id", how="left")
# ```
#
# ```text
# ValueError: You are trying to merge on int64 and str columns for key 'order_id'. If you wish to proceed you should use pd.concat
# ```
#
# Fix it, keeping the three refunds of `refunds`."""
# prompt = """
# I'm joining refunds from our payments API onto my order lines in `orders`. The API gives the \
# order ids as strings. I want every order line kept, with a `refund` column, in `with_refunds` \
# (and `order_id` should stay an integer). My code:
#
# ```python
# import pandas as pd
#
# refunds = pd.DataFrame({"order_id": ["1003", "1017", "1042"], "refund": [12.5, 40.0, 7.25]})
# with_refunds = orders.merge(refunds, on="order_id", how="left")
# ```
#
# crashes with
#
# ```text
# ValueError: You are trying to merge on int64 and str columns for key 'order_id'. If you wish to proceed you should use pd.concat
# ```
#
# How do I fix the merge?"""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { orders = 'orders' }
# checks = [
#     'len(with_refunds) == len(orders)',
#     'pd.api.types.is_integer_dtype(with_refunds["order_id"])',
#     'with_refunds["order_id"].tolist() == orders["order_id"].tolist()',
#     'with_refunds["refund"].notna().sum() == orders["order_id"].isin([1003, 1017, 1042]).sum()',
#     'np.allclose(with_refunds.loc[with_refunds["order_id"] == 1003, "refund"].to_numpy(dtype=float), 12.5)',
#     'np.allclose(with_refunds.loc[with_refunds["order_id"] == 1017, "refund"].to_numpy(dtype=float), 40.0)',
#     'np.allclose(with_refunds.loc[with_refunds["order_id"] == 1042, "refund"].to_numpy(dtype=float), 7.25)',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'merging', 'data-types']
# edge_cases = true
# ///
import pandas as pd

refunds = pd.DataFrame({"order_id": ["1003", "1017", "1042"], "refund": [12.5, 40.0, 7.25]})
# the keys must share a dtype: convert the API's string ids to the integers used in `orders`
refunds["order_id"] = refunds["order_id"].astype("int64")
with_refunds = orders.merge(refunds, on="order_id", how="left")
