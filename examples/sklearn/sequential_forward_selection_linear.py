# /// example
# task = """
# Select 2 of the 5 columns of `X` for a `LinearRegression` of `y` by greedy forward selection \
# with `SequentialFeatureSelector(n_features_to_select=2, direction="forward", cv=3)` (R² \
# scoring). Store the boolean mask of chosen columns in `selected` and the reduced matrix in \
# `X_selected`."""
# prompt = """
# I'd like to keep just 2 of my 5 features in `X` for predicting `y` with a linear regression, \
# adding features one at a time by cross-validated R² (3 folds, forward direction). Give me the \
# mask of kept columns as `selected` and the reduced data as `X_selected`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'reg.X', y = 'reg.y' }
# checks = [
#     'np.asarray(selected).dtype == bool and np.sum(selected) == 2',
#     # greedy recomputation: add the column with the best mean 3-fold R², twice
#     '(lambda score: (lambda first: (lambda second: set(np.flatnonzero(selected)) == {first, second})(max((j for j in range(X.shape[1]) if j != first), key=lambda j: (score([first, j]), -j))))(max(range(X.shape[1]), key=lambda j: (score([j]), -j))))(lambda cols: sklearn.model_selection.cross_val_score(sklearn.linear_model.LinearRegression(), X[:, cols], y, cv=3).mean()) or len(set(np.round([sklearn.model_selection.cross_val_score(sklearn.linear_model.LinearRegression(), X[:, [j]], y, cv=3).mean() for j in range(X.shape[1])], 10))) < X.shape[1]',
#     'np.array_equal(X_selected, X[:, np.asarray(selected)])',
# ]
# difficulty = 'advanced'
# tags = ['feature-selection', 'cross-validation', 'linear-model']
# edge_cases = { min_size = 15, why = "three CV folds need several rows each to score a regression" }
# ///
from sklearn.feature_selection import SequentialFeatureSelector
from sklearn.linear_model import LinearRegression

# forward: start empty and add the feature that most improves the mean CV score
selector = SequentialFeatureSelector(
    LinearRegression(), n_features_to_select=2, direction="forward", cv=3
)
X_selected = selector.fit_transform(X, y)
selected = selector.get_support()
