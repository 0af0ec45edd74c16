# /// example
# task = '''
# Write a function `asof_attach` with the signature and docstring below, then attach to each
# line of `orders` the list price in effect on its `order_date` for its `product`, taken from the
# price list `price_changes` (columns `product`, `valid_from`, `list_price`) built in the code as
# shown below, with a tolerance of 60 days; store the result in `priced`.
#
# ```python
# def asof_attach(left, right, left_on, right_on, by, value_cols, tolerance=None):
#     """Attach to each row of `left` the latest earlier-or-equal row of `right`.
#
#     For each row of left, take the row of right with the same `by` key and
#     the largest `right_on` <= the row's `left_on`, and add its `value_cols`
#     to a copy of left. A row with no such match, or whose match is older
#     than `tolerance` (a Timedelta, None for no limit), gets NaN. Neither
#     input needs to be sorted: the result keeps left's rows, order and
#     index, with left's columns followed by `value_cols`.
#     """
#
# price_changes = pd.DataFrame({
#     "product": ["pen", "pen", "notebook", "mouse", "monitor", "monitor", "desk lamp"],
#     "valid_from": pd.to_datetime(["2024-02-01", "2023-12-01", "2024-01-01", "2024-01-15",
#                                   "2023-11-01", "2024-03-01", "2024-01-10"]),
#     "list_price": [1.4, 1.2, 3.5, 16.0, 180.0, 175.0, 26.0],
# })
# ```'''
# prompt = """
# Prices change over time, so for each order line I need the list price that was valid on the \
# order date. Please write \
# `asof_attach(left, right, left_on, right_on, by, value_cols, tolerance=None)`: for each row of \
# `left`, find the row of `right` with the same `by` key and the latest `right_on` at or before \
# the row's `left_on`, and add its `value_cols` to a copy of `left`; NaN when there is none or \
# when it is older than `tolerance` (a Timedelta; None means no limit). Inputs may be unsorted, \
# and the output must keep left's rows, order and index, with the new columns at the end. Then \
# price my `orders` lines (`order_date`, `product`) from this `price_changes` table with a \
# 60-day tolerance, into `priced`:
#
# ```python
# price_changes = pd.DataFrame({
#     "product": ["pen", "pen", "notebook", "mouse", "monitor", "monitor", "desk lamp"],
#     "valid_from": pd.to_datetime(["2024-02-01", "2023-12-01", "2024-01-01", "2024-01-15",
#                                   "2023-11-01", "2024-03-01", "2024-01-10"]),
#     "list_price": [1.4, 1.2, 3.5, 16.0, 180.0, 175.0, 26.0],
# })
# ```"""
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { orders = 'orders' }
# checks = [
#     'np.allclose(asof_attach(pd.DataFrame({"k": ["a", "b", "a"], "t": [5, 1, 2]}, index=[30, 10, 20]), pd.DataFrame({"k": ["a", "a", "b"], "s": [4, 1, 2], "p": [40.0, 10.0, 20.0]}), "t", "s", "k", ["p"])["p"], [40.0, np.nan, 10.0], equal_nan=True)',
#     'asof_attach(pd.DataFrame({"k": ["a", "b", "a"], "t": [5, 1, 2]}, index=[30, 10, 20]), pd.DataFrame({"k": ["a", "a", "b"], "s": [4, 1, 2], "p": [40.0, 10.0, 20.0]}), "t", "s", "k", ["p"]).index.tolist() == [30, 10, 20]',
#     'np.allclose(asof_attach(pd.DataFrame({"id": [1, 1, 2], "day": pd.to_datetime(["2024-01-10", "2024-03-01", "2024-01-03"])}), pd.DataFrame({"id": [1, 2], "since": pd.to_datetime(["2024-01-01", "2024-01-05"]), "rate": [0.5, 0.7], "tier": [1.0, 2.0]}), "day", "since", "id", ["rate", "tier"], tolerance=pd.Timedelta("30D"))[["rate", "tier"]].to_numpy(), [[0.5, 1.0], [np.nan, np.nan], [np.nan, np.nan]], equal_nan=True)',
#     'list(asof_attach(pd.DataFrame({"g": ["x"], "when": [3]}), pd.DataFrame({"g": ["x"], "at": [3], "v": [9.0], "other": [0]}), "when", "at", "g", ["v"]).columns) == ["g", "when", "v"] and asof_attach(pd.DataFrame({"g": ["x"], "when": [3]}), pd.DataFrame({"g": ["x"], "at": [3], "v": [9.0], "other": [0]}), "when", "at", "g", ["v"])["v"].tolist() == [9.0]',
#     'priced.index.equals(orders.index) and list(priced.columns) == list(orders.columns) + ["list_price"] and priced[list(orders.columns)].equals(orders)',
#     'np.allclose(priced["list_price"].to_numpy(), [next(iter(price_changes[(price_changes["product"] == product) & (price_changes["valid_from"] <= day) & (price_changes["valid_from"] >= day - pd.Timedelta(days=60))].sort_values("valid_from")["list_price"].tail(1).tolist()), np.nan) for product, day in zip(orders["product"], orders["order_date"])], equal_nan=True)',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'merging', 'time-series', 'datetime']
# edge_cases = true
# ///
import numpy as np
import pandas as pd


def asof_attach(left, right, left_on, right_on, by, value_cols, tolerance=None):
    """Attach to each row of `left` the latest earlier-or-equal row of `right`.

    For each row of left, take the row of right with the same `by` key and
    the largest `right_on` <= the row's `left_on`, and add its `value_cols`
    to a copy of left. A row with no such match, or whose match is older
    than `tolerance` (a Timedelta, None for no limit), gets NaN. Neither
    input needs to be sorted: the result keeps left's rows, order and
    index, with left's columns followed by `value_cols`.
    """
    # merge_asof needs both sides sorted on their keys; remember left's order to undo the sort
    order = np.argsort(left[left_on].to_numpy(), kind="stable")
    # merge_asof refuses keys of different dtypes (two string dtypes, datetime64 units), so align them
    lookup = right[[by, right_on, *value_cols]].astype(
        {by: left[by].dtype, right_on: left[left_on].dtype}
    )
    matched = pd.merge_asof(
        left.iloc[order].reset_index(drop=True),
        lookup.sort_values(right_on),
        left_on=left_on,
        right_on=right_on,
        by=by,
        tolerance=tolerance,
        direction="backward",
    )
    result = left.copy()
    result[value_cols] = matched[value_cols].iloc[np.argsort(order)].to_numpy()
    return result


price_changes = pd.DataFrame(
    {
        "product": ["pen", "pen", "notebook", "mouse", "monitor", "monitor", "desk lamp"],
        "valid_from": pd.to_datetime(
            [
                "2024-02-01",
                "2023-12-01",
                "2024-01-01",
                "2024-01-15",
                "2023-11-01",
                "2024-03-01",
                "2024-01-10",
            ]
        ),
        "list_price": [1.4, 1.2, 3.5, 16.0, 180.0, 175.0, 26.0],
    }
)
priced = asof_attach(
    orders,
    price_changes,
    "order_date",
    "valid_from",
    by="product",
    value_cols=["list_price"],
    tolerance=pd.Timedelta(days=60),
)
