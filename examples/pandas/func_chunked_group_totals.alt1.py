from collections import defaultdict
from io import StringIO

import pandas as pd


def chunked_group_totals(csv_text, key, value, chunksize=100_000):
    """Sum `value` per `key` over CSV text read `chunksize` rows at a time.

    Only the two needed columns are read, so memory stays bounded by one
    chunk. Missing values count as 0 and rows with a missing key are
    skipped. Returns a float64 Series indexed by key (sorted ascending,
    index named `key`); a CSV with a header but no rows gives an empty
    Series.
    """
    running = defaultdict(float)
    with pd.read_csv(StringIO(csv_text), usecols=[key, value], chunksize=chunksize) as reader:
        for chunk in reader:
            chunk = chunk.dropna(subset=[key])
            for group, subtotal in chunk.groupby(key)[value].sum().items():
                running[group] += float(subtotal)
    totals = pd.Series(running, dtype="float64").sort_index()
    totals.index.name = key
    return totals


orders_csv = orders.to_csv(index=False)
product_quantity = chunked_group_totals(orders_csv, key="product", value="quantity", chunksize=25)
