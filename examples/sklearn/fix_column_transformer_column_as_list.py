# /// example
# task = """
# This code should one-hot encode the `product` column of the order table `orders` with a \
# `ColumnTransformer` (other columns dropped) and store the dense 0/1 matrix in `encoded`, but it \
# raises an error:
#
# ```python
# from sklearn.compose import ColumnTransformer
# from sklearn.preprocessing import OneHotEncoder
#
# pre = ColumnTransformer([("product", OneHotEncoder(sparse_output=False), "product")], remainder="drop")
# encoded = pre.fit_transform(orders)
# ```
#
# ```text
# ValueError: Expected a 2-dimensional container but got <class 'pandas.Series'> instead. Pass a DataFrame containing a single row (i.e. single sample) or a single column (i.e. single feature) instead.
# ```
#
# Fix it."""
# prompt = """
# I only want dummy columns for `product` from my `orders` table, via a `ColumnTransformer` so I \
# can add more columns later, as a dense array `encoded`:
#
# ```python
# from sklearn.compose import ColumnTransformer
# from sklearn.preprocessing import OneHotEncoder
#
# pre = ColumnTransformer([("product", OneHotEncoder(sparse_output=False), "product")], remainder="drop")
# encoded = pre.fit_transform(orders)
# ```
#
# ```text
# ValueError: Expected a 2-dimensional container but got <class 'pandas.Series'> instead. Pass a DataFrame containing a single row (i.e. single sample) or a single column (i.e. single feature) instead.
# ```
#
# What's wrong with the column spec?"""
# task_type = 'fix'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'pandas', 'numpy']
# inputs = { orders = 'orders' }
# checks = [
#     'np.shape(encoded) == (len(orders), orders["product"].nunique())',
#     # one column per product in sorted order, a single 1 per row
#     'np.array_equal(np.asarray(encoded), (orders["product"].to_numpy()[:, None] == np.sort(orders["product"].unique())[None, :]).astype(float))',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'encoding', 'pipeline']
# edge_cases = true
# ///
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import OneHotEncoder

# a string selects a 1-D Series; a list of names selects a one-column DataFrame, as encoders expect
pre = ColumnTransformer(
    [("product", OneHotEncoder(sparse_output=False), ["product"])], remainder="drop"
)
encoded = pre.fit_transform(orders)
