# /// example
# task = '''
# Write a function `attach_lookup` with the signature and docstring below, then attach the
# `category` and `weight_kg` of each product from the `catalogue` below to the lines of `orders`,
# storing the result in `orders_enriched`. Also store in `missing_error` the message (the
# KeyError's argument, "keys missing from lookup: c, d") raised when the keys "c" and "d" are
# absent from the lookup, and in
# `duplicate_error` the exception raised by a lookup that repeats a key.
#
# ```python
# def attach_lookup(df, lookup, key, columns=None):
#     """Left-join columns of `lookup` onto df by `key`, refusing bad lookups.
#
#     Adds `columns` of lookup (all its columns except `key` when None) to a
#     copy of df, keeping df's rows, order and index. Raises
#     pandas.errors.MergeError (a ValueError) when lookup repeats a key, and
#     KeyError("keys missing from lookup: ...") listing the keys of df that
#     lookup lacks, sorted and joined by ", ".
#     """
#
#
# catalogue = pd.DataFrame({
#     "product": ["pen", "notebook", "desk lamp", "mouse", "stapler", "monitor"],
#     "category": ["stationery", "stationery", "furniture", "electronics", "stationery", "electronics"],
#     "weight_kg": [0.02, 0.3, 1.8, 0.1, 0.25, 4.5],
# })
# ```'''
# prompt = """
# Left-joining a lookup table silently duplicates rows when the lookup repeats a key and silently \
# gives NaN for keys it lacks. Please write `attach_lookup(df, lookup, key, columns=None)` that \
# adds `columns` of `lookup` (all but `key` by default) to a copy of `df` with df's rows, order and \
# index unchanged, raises pandas' MergeError (a ValueError) when the lookup repeats a key, and \
# raises `KeyError("keys missing from lookup: ...")` with the missing keys sorted and joined by \
# ", ". Then attach `category` and `weight_kg` from this `catalogue` to my `orders` lines into \
# `orders_enriched`; keep the error message for keys "c" and "d" missing in `missing_error` (it \
# should be `keys missing from lookup: c, d`) and \
# the exception for a lookup with a repeated key in `duplicate_error`:
#
# ```python
# catalogue = pd.DataFrame({
#     "product": ["pen", "notebook", "desk lamp", "mouse", "stapler", "monitor"],
#     "category": ["stationery", "stationery", "furniture", "electronics", "stationery", "electronics"],
#     "weight_kg": [0.02, 0.3, 1.8, 0.1, 0.25, 4.5],
# })
# ```"""
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { orders = 'orders' }
# checks = [
#     'attach_lookup(pd.DataFrame({"k": ["b", "a", "b"], "x": [1, 2, 3]}, index=[7, 8, 9]), pd.DataFrame({"k": ["a", "b"], "v": [10, 20], "w": [0.1, 0.2]}), "k").to_dict("list") == {"k": ["b", "a", "b"], "x": [1, 2, 3], "v": [20, 10, 20], "w": [0.2, 0.1, 0.2]}',
#     'attach_lookup(pd.DataFrame({"k": ["b", "a", "b"], "x": [1, 2, 3]}, index=[7, 8, 9]), pd.DataFrame({"k": ["a", "b"], "v": [10, 20], "w": [0.1, 0.2]}), "k").index.tolist() == [7, 8, 9]',
#     'list(attach_lookup(pd.DataFrame({"k": ["a"], "x": [1]}), pd.DataFrame({"k": ["a", "z"], "v": [10, 0], "w": [0.1, 0.0]}), "k", columns=["w"]).columns) == ["k", "x", "w"]',
#     'attach_lookup(pd.DataFrame({"k": pd.Series([], dtype=object)}), pd.DataFrame({"k": ["a"], "v": [1.5]}), "k").empty and list(attach_lookup(pd.DataFrame({"k": pd.Series([], dtype=object)}), pd.DataFrame({"k": ["a"], "v": [1.5]}), "k").columns) == ["k", "v"]',
#     'missing_error == "keys missing from lookup: c, d"',
#     'isinstance(duplicate_error, pd.errors.MergeError)',
#     'orders_enriched.index.equals(orders.index) and orders_enriched[list(orders.columns)].equals(orders) and list(orders_enriched.columns) == list(orders.columns) + ["category", "weight_kg"]',
#     'orders_enriched["weight_kg"].tolist() == [catalogue.set_index("product").at[product, "weight_kg"] for product in orders["product"]] and orders_enriched["category"].tolist() == [catalogue.set_index("product").at[product, "category"] for product in orders["product"]]',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'merging', 'validation', 'error-handling']
# edge_cases = true
# ///
import pandas as pd


def attach_lookup(df, lookup, key, columns=None):
    """Left-join columns of `lookup` onto df by `key`, refusing bad lookups.

    Adds `columns` of lookup (all its columns except `key` when None) to a
    copy of df, keeping df's rows, order and index. Raises
    pandas.errors.MergeError (a ValueError) when lookup repeats a key, and
    KeyError("keys missing from lookup: ...") listing the keys of df that
    lookup lacks, sorted and joined by ", ".
    """
    if columns is None:
        columns = [name for name in lookup.columns if name != key]
    # validate="many_to_one" makes pandas raise instead of duplicating rows of df
    merged = df.merge(
        lookup[[key, *columns]], on=key, how="left", validate="many_to_one", indicator=True
    )
    unmatched = merged.loc[merged["_merge"] == "left_only", key]
    if len(unmatched):
        raise KeyError(
            f"keys missing from lookup: {', '.join(sorted(map(str, unmatched.unique())))}"
        )
    # keep df's own columns (and their dtypes) untouched and append only the looked-up ones
    return pd.concat([df, merged[columns].set_axis(df.index)], axis=1)


catalogue = pd.DataFrame(
    {
        "product": ["pen", "notebook", "desk lamp", "mouse", "stapler", "monitor"],
        "category": [
            "stationery",
            "stationery",
            "furniture",
            "electronics",
            "stationery",
            "electronics",
        ],
        "weight_kg": [0.02, 0.3, 1.8, 0.1, 0.25, 4.5],
    }
)
orders_enriched = attach_lookup(orders, catalogue, "product")

try:
    attach_lookup(
        pd.DataFrame({"k": ["a", "d", "c", "d"]}), pd.DataFrame({"k": ["a"], "v": [1]}), "k"
    )
except KeyError as error:
    missing_error = error.args[0]

try:
    attach_lookup(pd.DataFrame({"k": ["a"]}), pd.DataFrame({"k": ["a", "a"], "v": [1, 2]}), "k")
except ValueError as error:
    duplicate_error = error
