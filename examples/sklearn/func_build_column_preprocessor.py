# /// example
# task = '''
# Write a function `build_preprocessor` with the signature and docstring below. Fit it on the
# order lines `orders` with the numeric columns `quantity` and `unit_price` and the categorical
# column `product`, and store the transformed array in `features`.
#
# ```python
# def build_preprocessor(numeric, categorical):
#     """Unfitted ColumnTransformer for the given lists of column names.
#
#     Numeric columns: missing values replaced by the column median learned
#     in fit, then standardised (mean 0, population SD 1). Categorical
#     columns: one-hot encoded with the categories seen in fit (sorted); a
#     category unseen in fit gives an all-zero row instead of an error.
#     Every other column is dropped. The output is a dense float array:
#     the numeric columns first, in the given order, then the one-hot columns.
#     """
# ```'''
# prompt = """
# I keep rebuilding the same preprocessing, so I want `build_preprocessor(numeric, categorical)` \
# returning an unfitted ColumnTransformer: numeric columns get median imputation then \
# standardisation, categorical columns get one-hot encoding that ignores categories it didn't see \
# in fit (all zeros), other columns are dropped, and the output is a dense array with the numeric \
# columns first. Fit it on my order lines `orders` with `quantity` and `unit_price` as numeric and \
# `product` as categorical, and keep the result in `features`."""
# task_type = 'function'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'pandas', 'numpy']
# inputs = { orders = 'orders' }
# checks = [
#     # the median of 1, 3 and 10 fills the gap before scaling
#     'np.allclose(build_preprocessor(["x"], []).fit_transform(pd.DataFrame({"x": [1.0, np.nan, 3.0, 10.0]})), ((lambda v: (v - v.mean()) / v.std())(np.array([1.0, 3.0, 3.0, 10.0])))[:, None])',
#     'np.array_equal(build_preprocessor([], ["c"]).fit(pd.DataFrame({"c": ["b", "a", "b"]})).transform(pd.DataFrame({"c": ["b", "z", "a"]})), [[0.0, 1.0], [0.0, 0.0], [1.0, 0.0]])',
#     'np.allclose(build_preprocessor(["u", "v"], ["c"]).fit_transform(pd.DataFrame({"c": ["q", "p", "q", "q"], "v": [2.0, 2.0, 4.0, 4.0], "u": [0.0, 1.0, 2.0, 3.0], "w": [9.0, 9.0, 9.0, 9.0]})), np.column_stack([(np.arange(4.0) - 1.5) / np.std(np.arange(4.0)), [-1.0, -1.0, 1.0, 1.0], [0.0, 1.0, 0.0, 0.0], [1.0, 0.0, 1.0, 1.0]]))',
#     'isinstance(features, np.ndarray) and features.shape == (len(orders), 2 + orders["product"].nunique())',
#     'np.allclose(features[:, :2], sklearn.preprocessing.StandardScaler().fit_transform(orders[["quantity", "unit_price"]].fillna(orders[["quantity", "unit_price"]].median())))',
#     'np.array_equal(features[:, 2:], pd.get_dummies(orders["product"]).sort_index(axis=1).to_numpy(dtype=float))',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'pipeline', 'encoding', 'imputation', 'standardization']
# edge_cases = true
# ///
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler


def build_preprocessor(numeric, categorical):
    """Unfitted ColumnTransformer for the given lists of column names.

    Numeric columns: missing values replaced by the column median learned
    in fit, then standardised (mean 0, population SD 1). Categorical
    columns: one-hot encoded with the categories seen in fit (sorted); a
    category unseen in fit gives an all-zero row instead of an error.
    Every other column is dropped. The output is a dense float array:
    the numeric columns first, in the given order, then the one-hot columns.
    """
    numeric_steps = make_pipeline(SimpleImputer(strategy="median"), StandardScaler())
    # handle_unknown="ignore" encodes a new category as all zeros at predict time
    encoder = OneHotEncoder(handle_unknown="ignore", sparse_output=False)
    return ColumnTransformer(
        [("numeric", numeric_steps, list(numeric)), ("categorical", encoder, list(categorical))],
        remainder="drop",
    )


preprocessor = build_preprocessor(["quantity", "unit_price"], ["product"])
features = preprocessor.fit_transform(orders)
