# /// example
# task = """
# Keep the more useful half of the features of `X` for predicting `y`: fit `SelectFromModel` \
# around a `RandomForestClassifier(n_estimators=50, random_state=0)` with the median importance \
# as the threshold. Keep the fitted selector in `selector`, the reduced matrix in `X_selected` and \
# the indices of the kept columns, ascending, in `kept`."""
# prompt = """
# I want to drop the less useful half of the features in `X` for predicting `y`. Use a random \
# forest (50 trees, random_state=0) as the judge and keep the features whose impurity importance \
# is at least the median importance. Keep the fitted selector in `selector`, the reduced feature \
# matrix in `X_selected` and the ascending indices of the kept columns in `kept`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'clf.X', y = 'clf.y' }
# checks = [
#     # the features whose importance in an identically seeded forest reaches the median
#     'np.array_equal(kept, np.flatnonzero((lambda imp: imp >= np.median(imp))(sklearn.ensemble.RandomForestClassifier(n_estimators=50, random_state=0).fit(X, y).feature_importances_)))',
#     'np.array_equal(X_selected, X[:, kept])',
#     'np.array_equal(selector.get_support(indices=True), kept) and np.array_equal(selector.transform(X), X_selected)',
# ]
# difficulty = 'intermediate'
# tags = ['feature-selection', 'ensemble', 'model-inspection']
# edge_cases = true
# ///
import numpy as np
from sklearn.ensemble import RandomForestClassifier
from sklearn.feature_selection import SelectFromModel

forest = RandomForestClassifier(n_estimators=50, random_state=0)
# threshold="median" keeps the features whose importance is at least the median one
selector = SelectFromModel(forest, threshold="median").fit(X, y)
X_selected = selector.transform(X)
kept = np.flatnonzero(selector.get_support())
