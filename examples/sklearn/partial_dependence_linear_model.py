# /// example
# task = """
# Fit `LinearRegression` to `X`, `y` and compute the partial dependence of the prediction on the \
# first feature (column 0) with `sklearn.inspection.partial_dependence`, `grid_resolution=5`, \
# `kind="average"` and the default grid (5 evenly spaced values from the 5th to the 95th \
# percentile of the column, or its unique values when it has fewer than 5). Store the grid values \
# in `grid` and the averaged predictions in `pd_values` (both 1-D, length 5)."""
# prompt = """
# How does my linear model's prediction change with feature 0 when the other features are \
# averaged out? Fit a `LinearRegression` on `X`, `y` and compute the partial dependence of \
# column 0 over scikit-learn's default 5-point grid (`grid_resolution=5`: evenly spaced from the \
# 5th to the 95th percentile of the column), average kind. Return the grid as `grid` and the \
# partial dependence values as `pd_values`, both 1-D."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'reg.X', y = 'reg.y' }
# checks = [
#     # an increasing grid inside the feature's range (the unique values when there are fewer than 5)
#     'len(grid) == min(5, len(np.unique(X[:, 0]))) and np.all(np.diff(grid) > 0) and np.min(X[:, 0]) <= grid[0] and grid[-1] <= np.max(X[:, 0])',
#     # for a linear model: mean over rows of the prediction with feature 0 set to each grid value
#     '(lambda m: np.allclose(pd_values, [m.predict(np.column_stack([np.full(len(X), g), X[:, 1:]])).mean() for g in grid]))(sklearn.linear_model.LinearRegression().fit(X, y))',
#     'np.shape(pd_values) == np.shape(grid)',
#     # scikit-learn takes the percentiles with scipy's mquantiles
#     '(lambda u: np.allclose(grid, u if len(u) < 5 else np.linspace(*scipy.stats.mstats.mquantiles(X[:, 0], prob=[0.05, 0.95]), 5)))(np.unique(X[:, 0]))',
# ]
# difficulty = 'intermediate'
# tags = ['model-inspection', 'regression', 'linear-model']
# edge_cases = true
# ///
from sklearn.inspection import partial_dependence
from sklearn.linear_model import LinearRegression

model = LinearRegression().fit(X, y)
result = partial_dependence(model, X, features=[0], grid_resolution=5, kind="average")
# one feature requested: take its grid and the first (only) output row
grid = result["grid_values"][0]
pd_values = result["average"][0]
