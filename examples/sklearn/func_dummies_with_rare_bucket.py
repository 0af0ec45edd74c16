# /// example
# task = '''
# Write a function `dummies_with_rare_bucket` with the signature and docstring below (scikit-learn's
# `OneHotEncoder(min_frequency=...)` groups infrequent categories). Apply it to the `customer`
# column of `orders` with `min_count=5` and store the table in `customer_dummies`; store in
# `count_error` the message raised for `min_count=0`.
#
# ```python
# def dummies_with_rare_bucket(values, min_count=2):
#     """One-hot encode a list of category strings, lumping rare ones.
#
#     Categories seen fewer than `min_count` times share one column named
#     "other"; the remaining columns are the frequent categories in
#     alphabetical order, then "other" if any category was rare. Returns
#     an int DataFrame with one row per value. Raises
#     ValueError("min_count must be at least 1") otherwise.
#     """
# ```'''
# prompt = """
# I want dummy columns for a categorical column where rare levels are merged: write \
# `dummies_with_rare_bucket(values, min_count=2)` that one-hot encodes a list of strings, puts every \
# category seen fewer than `min_count` times into a single "other" column (frequent categories \
# first, alphabetically, then "other" only if needed), returns an int DataFrame, and raises \
# `ValueError("min_count must be at least 1")` for smaller `min_count`. Use it on `orders["customer"]` \
# with `min_count=5` into `customer_dummies`, and keep the message for `min_count=0` in \
# `count_error`."""
# task_type = 'function'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'pandas', 'numpy']
# inputs = { orders = 'orders' }
# checks = [
#     '(lambda d: list(d.columns) == ["a", "b", "other"] and d.to_numpy().tolist() == [[1, 0, 0], [0, 1, 0], [0, 0, 1], [1, 0, 0], [0, 1, 0], [0, 0, 1]])(dummies_with_rare_bucket(["a", "b", "c", "a", "b", "d"], min_count=2))',
#     '(lambda d: list(d.columns) == ["x", "y"] and d.to_numpy().tolist() == [[0, 1], [1, 0], [0, 1]])(dummies_with_rare_bucket(["y", "x", "y"], min_count=1))',
#     # "q" appears exactly min_count times and keeps its column
#     '(lambda d: list(d.columns) == ["q", "other"] and d["other"].tolist() == [0, 0, 0, 1, 1])(dummies_with_rare_bucket(["q", "q", "q", "r", "s"], min_count=3))',
#     'count_error == "min_count must be at least 1"',
#     '(lambda vc: list(customer_dummies.columns) == sorted(vc[vc >= 5].index) + (["other"] if (vc < 5).any() else []) and np.array_equal(customer_dummies.sum(axis=0).to_numpy(), list(vc[vc >= 5].sort_index()) + ([int(vc[vc < 5].sum())] if (vc < 5).any() else [])))(orders["customer"].astype(str).value_counts())',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'encoding', 'categorical', 'validation']
# edge_cases = true
# ///
import pandas as pd
from sklearn.preprocessing import OneHotEncoder


def dummies_with_rare_bucket(values, min_count=2):
    """One-hot encode a list of category strings, lumping rare ones.

    Categories seen fewer than `min_count` times share one column named
    "other"; the remaining columns are the frequent categories in
    alphabetical order, then "other" if any category was rare. Returns
    an int DataFrame with one row per value. Raises
    ValueError("min_count must be at least 1") otherwise.
    """
    if min_count < 1:
        raise ValueError("min_count must be at least 1")
    column = pd.DataFrame({"value": [str(v) for v in values]})
    # min_frequency groups rare levels into one "infrequent" column placed last
    encoder = OneHotEncoder(min_frequency=min_count, sparse_output=False, dtype=int)
    encoded = encoder.fit_transform(column)
    names = [name.removeprefix("value_") for name in encoder.get_feature_names_out()]
    names = ["other" if name == "infrequent_sklearn" else name for name in names]
    return pd.DataFrame(encoded, columns=names)


customer_dummies = dummies_with_rare_bucket(orders["customer"], min_count=5)

try:
    dummies_with_rare_bucket(orders["customer"], min_count=0)
except ValueError as error:
    count_error = str(error)
