# /// example
# task = '''
# Write a function `parallel_group_apply` with the signature and docstring below, running one task
# per group in a `ThreadPoolExecutor`. Apply it to the order lines `orders` to get the median
# `quantity` per `customer` (with `np.median`) and store the result in `median_quantity`.
#
# ```python
# def parallel_group_apply(frame, by, column, func, max_workers=2):
#     """Apply func to the values of `column` within each group of `frame[by]`,
#     one task per group in a thread pool.
#
#     Returns a float Series indexed by the group keys in sorted order, named
#     after `column`; rows whose key is missing are left out, and a frame without
#     rows gives an empty Series.
#     """
# ```'''
# prompt = '''
# I often need one statistic per group that pandas has no built-in aggregation for, and the function
# is slow, so I'd like to run the groups in a thread pool. Write
# `parallel_group_apply(frame, by, column, func, max_workers=2)` that applies `func` to each group's
# `column` values and returns a float Series indexed by the sorted group keys, named after `column`,
# leaving out rows with a missing key and giving an empty Series for an empty frame. Use it for the
# median `quantity` per `customer` in `orders`, into `median_quantity`.
#
# ```python
# def parallel_group_apply(frame, by, column, func, max_workers=2):
#     """Apply func to the values of `column` within each group of `frame[by]`,
#     one task per group in a thread pool.
#
#     Returns a float Series indexed by the group keys in sorted order, named
#     after `column`; rows whose key is missing are left out, and a frame without
#     rows gives an empty Series.
#     """
# ```'''
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { orders = 'orders' }
# checks = [
#     'list(median_quantity.index) == sorted(orders["customer"].dropna().unique()) and median_quantity.name == "quantity"',
#     'np.allclose(median_quantity.to_numpy(dtype=float), orders.dropna(subset=["customer"]).groupby("customer")["quantity"].median().sort_index().to_numpy(dtype=float))',
#     '''parallel_group_apply(pd.DataFrame({"g": ["b", "a", "b", None, "a"], "x": [1.0, 4.0, 5.0, 100.0, 2.0]}), "g", "x", np.ptp).to_dict() == {"a": 2.0, "b": 4.0}''',
#     '''parallel_group_apply(pd.DataFrame({"g": [3, 1, 3, 2], "v": [1, 2, 3, 4]}), "g", "v", len, max_workers=1).tolist() == [1.0, 1.0, 2.0]''',
#     '''len(parallel_group_apply(pd.DataFrame({"g": pd.Series([], dtype=str), "v": pd.Series([], dtype=float)}), "g", "v", np.mean)) == 0''',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'parallelism', 'groupby', 'aggregation']
# edge_cases = true
# ///
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pandas as pd


def parallel_group_apply(frame, by, column, func, max_workers=2):
    """Apply func to the values of `column` within each group of `frame[by]`,
    one task per group in a thread pool.

    Returns a float Series indexed by the group keys in sorted order, named
    after `column`; rows whose key is missing are left out, and a frame without
    rows gives an empty Series.
    """
    # groupby drops missing keys and sorts the keys by default
    groups = [(key, values.to_numpy()) for key, values in frame.groupby(by)[column]]
    with ThreadPoolExecutor(max_workers=max_workers) as executor:
        results = list(executor.map(func, [values for _, values in groups]))
    return pd.Series(results, index=[key for key, _ in groups], name=column, dtype=float)


median_quantity = parallel_group_apply(orders, "customer", "quantity", np.median)
