# /// example
# task = """
# This code should turn the two string columns `customer` and `product` of the order table \
# `orders` into integer codes (each column's categories numbered 0, 1, ... in sorted order) for \
# a model, storing the (n, 2) code array in `codes` and the fitted encoder in `encoder`, but it \
# raises an error:
#
# ```python
# from sklearn.preprocessing import LabelEncoder
#
# encoder = LabelEncoder()
# codes = encoder.fit_transform(orders[["customer", "product"]])
# ```
#
# ```text
# ValueError: y should be a 1d array, got an array of shape (167, 2) instead.
# ```
#
# Fix it with one encoder fitted on both columns."""
# prompt = """
# I need integer codes for the `customer` and `product` columns of `orders` (categories numbered \
# in sorted order, per column) as an (n, 2) array `codes`, with the fitted `encoder` kept for new \
# data:
#
# ```python
# from sklearn.preprocessing import LabelEncoder
#
# encoder = LabelEncoder()
# codes = encoder.fit_transform(orders[["customer", "product"]])
# ```
#
# ```text
# ValueError: y should be a 1d array, got an array of shape (167, 2) instead.
# ```
#
# Why is it talking about `y`?"""
# task_type = 'fix'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'pandas', 'numpy']
# inputs = { orders = 'orders' }
# checks = [
#     'np.shape(codes) == (len(orders), 2)',
#     'all(np.array_equal(np.asarray(codes)[:, j], np.searchsorted(np.sort(orders[col].astype(str).unique()), orders[col].astype(str).to_numpy())) for j, col in enumerate(["customer", "product"]))',
#     'np.array_equal(encoder.transform(orders[["customer", "product"]].iloc[:3]), np.asarray(codes)[:3])',
#     'np.issubdtype(np.asarray(codes).dtype, np.integer)',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'encoding', 'categorical']
# edge_cases = true
# ///
from sklearn.preprocessing import OrdinalEncoder

# LabelEncoder is meant for a 1-D target y; OrdinalEncoder encodes feature columns, one code set each
encoder = OrdinalEncoder(dtype=int)
codes = encoder.fit_transform(orders[["customer", "product"]])
