# /// example
# task = '''
# Write a function `lookup` with the signature and docstring below. Then take the month columns
# of `store_sales` indexed by `store` as `sales`, find each store's weakest month with
# `idxmin(axis=1)` into `weakest_month`, and use `lookup` to fetch those sales into
# `weakest_sales`. Store in `lookup_error` the KeyError raised when looking up the month "2023-13"
# for the first store.
#
# ```python
# def lookup(df, row_labels, col_labels):
#     """Values of df at the label pairs (row_labels[i], col_labels[i]).
#
#     A vectorised replacement for the removed DataFrame.lookup: labels are
#     matched by label, not position, and df's index and columns must be
#     unique. Returns a 1-D NumPy array as long as the label lists. Raises
#     KeyError naming the labels that are not in df (missing rows first, then
#     missing columns, each in order of first appearance).
#     """
# ```'''
# prompt = """
# `DataFrame.lookup` is gone, and I still need "for each row label, the value in the column named \
# next to it". Please write `lookup(df, row_labels, col_labels)` that returns a 1-D NumPy array of \
# `df` at each (row label, column label) pair, matched by label and vectorised (unique index and \
# columns assumed), raising a `KeyError` that names the labels not found (missing rows first, then \
# missing columns, in order of first appearance). Then take the month columns of my \
# `store_sales` table indexed by `store` as `sales`, get each store's weakest month with \
# `idxmin(axis=1)` into `weakest_month` and fetch its sales with `lookup` into `weakest_sales`; \
# keep the KeyError for looking up the month "2023-13" of the first store in `lookup_error`."""
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { store_sales = 'store_sales' }
# checks = [
#     'lookup(pd.DataFrame({"a": [1, 2, 3], "b": [10, 20, 30]}, index=["x", "y", "z"]), ["z", "x", "z"], ["a", "b", "b"]).tolist() == [3, 10, 30]',
#     'lookup(pd.DataFrame({"p": [0.5, 1.5], "q": [2.5, 3.5]}, index=[20, 10]), [10, 20], ["p", "q"]).tolist() == [1.5, 2.5]',
#     'lookup(pd.DataFrame({"a": [1]}, index=["x"]), [], []).shape == (0,)',
#     'isinstance(lookup_error, KeyError) and "2023-13" in str(lookup_error)',
#     'isinstance(weakest_sales, np.ndarray) and len(weakest_sales) == len(store_sales)',
#     'np.allclose(weakest_sales, store_sales.filter(regex=r"^\d{4}-\d{2}$").min(axis=1).to_numpy())',
#     'weakest_month.tolist() == [row.idxmin() for _, row in store_sales.set_index("store").filter(regex=r"^\d{4}-\d{2}$").iterrows()]',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'indexing', 'sorting']
# edge_cases = true
# ///
import numpy as np


def lookup(df, row_labels, col_labels):
    """Values of df at the label pairs (row_labels[i], col_labels[i]).

    A vectorised replacement for the removed DataFrame.lookup: labels are
    matched by label, not position, and df's index and columns must be
    unique. Returns a 1-D NumPy array as long as the label lists. Raises
    KeyError naming the labels that are not in df (missing rows first, then
    missing columns, each in order of first appearance).
    """
    rows = df.index.get_indexer(row_labels)
    cols = df.columns.get_indexer(col_labels)
    # get_indexer marks labels it cannot find with -1
    missing = [
        *np.asarray(row_labels, dtype=object)[rows == -1],
        *np.asarray(col_labels, dtype=object)[cols == -1],
    ]
    if missing:
        raise KeyError(f"labels not found: {list(dict.fromkeys(missing))}")
    return df.to_numpy()[rows, cols]


sales = store_sales.set_index("store").filter(regex=r"^\d{4}-\d{2}$")
weakest_month = sales.idxmin(axis=1)
weakest_sales = lookup(sales, sales.index, weakest_month)

try:
    lookup(sales, sales.index[:1], ["2023-13"])
except KeyError as error:
    lookup_error = error
