# /// example
# task = """
# The noise in `y` grows with the first feature: its variance is proportional to \
# `1 + X[:, 0] ** 2`. Fit a weighted least-squares `LinearRegression` `model` on `X`, `y` by \
# passing the inverse variances `weights = 1 / (1 + X[:, 0] ** 2)` as `sample_weight`, and store \
# its fitted values for `X` in `weighted_fit`."""
# prompt = """
# In my regression data `X`, `y` the noise gets larger as the first feature moves away from 0: \
# the variance is proportional to `1 + X[:, 0] ** 2`. Fit a linear regression `model` that \
# trusts each sample according to its inverse variance, `weights = 1 / (1 + X[:, 0] ** 2)` \
# (weighted least squares, via the sample weights), and keep its fitted values for `X` in \
# `weighted_fit`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'reg.X', y = 'reg.y' }
# checks = [
#     'np.allclose(weights, 1 / (1 + X[:, 0] ** 2))',
#     # the weighted least-squares fit: scale each row of [1, X] and of y by sqrt(weight)
#     'np.allclose(weighted_fit, np.column_stack([np.ones(len(X)), X]) @ np.linalg.lstsq(np.sqrt(weights)[:, None] * np.column_stack([np.ones(len(X)), X]), np.sqrt(weights) * y, rcond=None)[0], rtol=1e-6, atol=1e-6 * np.ptp(y))',
#     'np.allclose(model.predict(X), weighted_fit)',
# ]
# difficulty = 'intermediate'
# tags = ['regression', 'linear-model', 'least-squares']
# edge_cases = true
# ///
from sklearn.linear_model import LinearRegression

# inverse-variance weights: noisy samples count less in the squared-error sum
weights = 1 / (1 + X[:, 0] ** 2)
model = LinearRegression().fit(X, y, sample_weight=weights)
weighted_fit = model.predict(X)
