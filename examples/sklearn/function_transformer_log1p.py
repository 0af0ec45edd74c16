# /// example
# task = """
# Wrap `np.log1p` (with `np.expm1` as its inverse) in a `FunctionTransformer` and apply it to the \
# right-skewed 1-D sample `skewed` as a single-column 2-D array; store the transformed column in \
# `logged` and its inverse transform in `restored`."""
# prompt = """
# My 1-D sample `skewed` is right-skewed. Wrap log1p (with expm1 as its inverse) in a \
# scikit-learn transformer, apply it to `skewed` reshaped as a single-column 2-D array, and store \
# the transformed column in `logged` and the inverse transform of that in `restored`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { skewed = 'skewed' }
# checks = [
#     'logged.shape == (len(skewed), 1) and np.allclose(logged.ravel(), np.log1p(skewed))',
#     # log1p is concave, so it never adds right skew (skewness needs three values and a spread
#     # well above rounding)
#     'len(skewed) < 3 or np.ptp(skewed) <= 1e-6 * skewed.max() or pd.Series(logged.ravel()).skew() <= pd.Series(skewed).skew() + 1e-6',
#     'np.allclose(np.ravel(restored), skewed)',
# ]
# difficulty = 'basic'
# tags = ['feature-engineering']
# edge_cases = true
# ///
import numpy as np
from sklearn.preprocessing import FunctionTransformer

# log1p is defined at 0 where log is not; inverse_transform calls the expm1 given here
log_transformer = FunctionTransformer(np.log1p, inverse_func=np.expm1)
# scikit-learn transformers take (n_samples, n_features): the sample becomes one column
column = skewed.reshape(-1, 1)
logged = log_transformer.fit_transform(column)
restored = log_transformer.inverse_transform(logged)
