# /// example
# task = '''
# Write a function `lump_rare` with the signature and docstring below, then keep the 5 most
# frequent customers of `orders` (its `customer` column) and lump the rest into "Other", storing
# the result in `customer_lumped`.
#
# ```python
# def lump_rare(values, top=10, other="Other"):
#     """Keep the `top` most frequent values of a Series; replace the rest by `other`.
#
#     Frequency ties are broken by value (the smaller value is kept).
#     Missing values stay missing and are never counted. Returns an object
#     Series with the same index and name; when there are at most `top`
#     distinct values nothing is replaced.
#     """
# ```'''
# prompt = """
# Plots and models choke on high-cardinality columns, so please write \
# `lump_rare(values, top=10, other="Other")` that keeps the `top` most frequent values of a Series \
# (ties broken by value, smaller value kept), replaces every other value by `other`, leaves \
# missing values missing (not counted), and returns an object Series with the same index and \
# name. Then keep the 5 most frequent `customer` values of my `orders` lines and lump the rest \
# into "Other", as `customer_lumped`."""
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { orders = 'orders' }
# checks = [
#     'lump_rare(pd.Series(["a", "b", "b", "c", "c", "c", "d"]), top=2).tolist() == ["Other", "b", "b", "c", "c", "c", "Other"]',
#     'lump_rare(pd.Series(["y", "x", "z", "z", None], index=[4, 3, 2, 1, 0], name="code"), top=2, other="rest").iloc[:4].tolist() == ["rest", "x", "z", "z"] and pd.isna(lump_rare(pd.Series(["y", "x", "z", "z", None], index=[4, 3, 2, 1, 0], name="code"), top=2, other="rest").loc[0]) and lump_rare(pd.Series(["y", "x", "z", "z", None], index=[4, 3, 2, 1, 0], name="code"), top=2, other="rest").name == "code"',
#     'lump_rare(pd.Series([3, 1, 2]), top=5).tolist() == [3, 1, 2] and lump_rare(pd.Series([3, 1, 2]), top=5).dtype == object',
#     'isinstance(customer_lumped, pd.Series) and customer_lumped.index.equals(orders.index) and customer_lumped.dtype == object',
#     'customer_lumped.tolist() == [customer if customer in [name for name, _ in sorted(orders["customer"].value_counts().items(), key=lambda item: (-item[1], item[0]))[:5]] else "Other" for customer in orders["customer"]]',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'recoding', 'counting', 'categorical']
# edge_cases = true
# ///


def lump_rare(values, top=10, other="Other"):
    """Keep the `top` most frequent values of a Series; replace the rest by `other`.

    Frequency ties are broken by value (the smaller value is kept).
    Missing values stay missing and are never counted. Returns an object
    Series with the same index and name; when there are at most `top`
    distinct values nothing is replaced.
    """
    # a stable sort by count after sorting by value breaks ties in favour of the smaller value
    counts = values.value_counts().sort_index().sort_values(ascending=False, kind="stable")
    keep = counts.index[:top]
    result = values.astype(object)
    return result.where(values.isin(keep) | values.isna(), other)


customer_lumped = lump_rare(orders["customer"], top=5)
