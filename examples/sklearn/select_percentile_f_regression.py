# /// example
# task = """
# Keep the top 40% of the 5 features of `X` (2 columns) ranked by the univariate regression F \
# statistic against `y`, with `SelectPercentile(f_regression, percentile=40)`. Store the kept column \
# indices (ascending) in `kept` and the reduced matrix in `X_top`."""
# prompt = """
# I want a quick univariate filter on my regression data: keep the 40% of the 5 columns of `X` \
# (`percentile=40`, so 2 columns) with the largest F statistic against `y` (`f_regression`). Give me \
# the kept column indices in ascending order as `kept` and the reduced data as `X_top`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'reg.X', y = 'reg.y' }
# checks = [
#     'len(kept) == 2 and list(kept) == sorted(kept)',
#     # F grows with the squared correlation of each column with y
#     '(lambda r2: set(kept) == set(np.argsort(-r2, kind="stable")[:2].tolist()) or np.isclose(np.sort(r2)[-2], np.sort(r2)[-3]))(np.array([np.corrcoef(X[:, j], y)[0, 1] ** 2 for j in range(X.shape[1])]))',
#     'np.array_equal(X_top, X[:, list(kept)])',
# ]
# difficulty = 'basic'
# tags = ['feature-selection', 'regression']
# edge_cases = { constant = false, why = "a univariate F test needs features and a target that vary" }
# ///
from sklearn.feature_selection import SelectPercentile, f_regression

selector = SelectPercentile(f_regression, percentile=40)
X_top = selector.fit_transform(X, y)
# get_support(indices=True) returns the kept columns in ascending order
kept = selector.get_support(indices=True)
