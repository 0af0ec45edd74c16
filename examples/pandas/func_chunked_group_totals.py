# /// example
# task = '''
# Write a function `chunked_group_totals` with the signature and docstring below. Export the order
# lines `orders` as CSV text (no index) into `orders_csv` and total their `quantity` per `product`
# with `chunked_group_totals(orders_csv, "product", "quantity", chunksize=25)` into
# `product_quantity`.
#
# ```python
# def chunked_group_totals(csv_text, key, value, chunksize=100_000):
#     """Sum `value` per `key` over CSV text read `chunksize` rows at a time.
#
#     Only the two needed columns are read, so memory stays bounded by one
#     chunk. Missing values count as 0 and rows with a missing key are
#     skipped. Returns a float64 Series indexed by key (sorted ascending,
#     index named `key`); a CSV with a header but no rows gives an empty
#     Series.
#     """
# ```'''
# prompt = """
# Our exports are too big to load at once, so I want `chunked_group_totals(csv_text, key, value, \
# chunksize=100_000)`: read the CSV `chunksize` rows at a time, only the `key` and `value` \
# columns, and add up `value` per `key` across chunks (missing values count as 0, rows with a \
# missing key are skipped). It should return a float64 Series indexed by the sorted keys, with \
# the index named after `key`, and an empty Series when the CSV has only a header. Try it on my \
# `orders` lines exported as CSV text without the index into `orders_csv`: total `quantity` per \
# `product` with `chunksize=25` into `product_quantity`."""
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { orders = 'orders' }
# checks = [
#     'chunked_group_totals("k,v,other\nb,1,x\na,2,y\nb,3,z\na,,w\n,9,q\n", "k", "v", chunksize=2).to_dict() == {"a": 2.0, "b": 4.0}',
#     'chunked_group_totals("k,v,other\nb,1,x\na,2,y\nb,3,z\na,,w\n,9,q\n", "k", "v", chunksize=2).index.name == "k" and chunked_group_totals("k,v,other\nb,1,x\na,2,y\nb,3,z\na,,w\n,9,q\n", "k", "v", chunksize=2).dtype == np.float64',
#     'chunked_group_totals("region,sales\nwest,1.5\neast,2.5\nwest,4\n", "region", "sales", chunksize=1).tolist() == [2.5, 5.5]',
#     'chunked_group_totals("region,sales\n", "region", "sales").empty',
#     'isinstance(orders_csv, str) and orders_csv.splitlines()[0] == ",".join(orders.columns)',
#     'product_quantity.index.tolist() == sorted(orders["product"].unique()) and np.allclose(product_quantity.to_numpy(), [orders.loc[orders["product"] == product, "quantity"].sum() for product in sorted(orders["product"].unique())])',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'file-io', 'incremental-processing', 'aggregation']
# edge_cases = true
# ///
import io

import pandas as pd


def chunked_group_totals(csv_text, key, value, chunksize=100_000):
    """Sum `value` per `key` over CSV text read `chunksize` rows at a time.

    Only the two needed columns are read, so memory stays bounded by one
    chunk. Missing values count as 0 and rows with a missing key are
    skipped. Returns a float64 Series indexed by key (sorted ascending,
    index named `key`); a CSV with a header but no rows gives an empty
    Series.
    """
    totals = pd.Series(dtype="float64")
    reader = pd.read_csv(io.StringIO(csv_text), usecols=[key, value], chunksize=chunksize)
    for chunk in reader:
        # each chunk's partial sums are added onto the running totals, aligning on the key
        partial = chunk.groupby(key)[value].sum().astype("float64")
        totals = totals.add(partial, fill_value=0.0)
    return totals.sort_index().rename_axis(key)


orders_csv = orders.to_csv(index=False)
product_quantity = chunked_group_totals(orders_csv, "product", "quantity", chunksize=25)
