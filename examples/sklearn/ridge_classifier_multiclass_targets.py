# /// example
# task = """
# Fit `RidgeClassifier(alpha=1.0)` to the three-class data `X`, `y` and store the fitted model \
# in `model`, its per-class decision scores for `X` (one column per class) in `scores` and its \
# predicted labels for `X` in `predicted`."""
# prompt = """
# I want a fast linear baseline for my three-class problem `X`, `y`: a ridge classifier with \
# `alpha=1.0`. Give me the fitted model as `model`, the decision scores for every class on `X` \
# as `scores` and the predicted classes as `predicted`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'clf_multi.X', y = 'clf_multi.y' }
# checks = [
#     # a ridge classifier is a ridge regression on -1/+1 indicator targets, one column per class
#     # (with only two classes present, one score column: the second class's)
#     '(lambda T: np.allclose(np.reshape(scores, (len(y), -1)), T[:, -np.reshape(scores, (len(y), -1)).shape[1]:]))(sklearn.linear_model.Ridge(alpha=1.0).fit(X, 2.0 * (y[:, None] == np.unique(y)[None, :]) - 1).predict(X))',
#     # binary case: one score column, positive means the second class
#     '(lambda S: np.array_equal(predicted, np.unique(y)[np.argmax(np.column_stack([-S, S]) if S.shape[1] < len(np.unique(y)) else S, axis=1)]))(np.reshape(scores, (len(y), -1)))',
#     'np.array_equal(model.predict(X), predicted)',
# ]
# difficulty = 'intermediate'
# tags = ['classification', 'linear-model', 'regularization']
# edge_cases = true
# ///
from sklearn.linear_model import RidgeClassifier

# alpha=1.0 is the ridge penalty on each one-vs-rest least-squares fit
model = RidgeClassifier(alpha=1.0).fit(X, y)
scores = model.decision_function(X)
predicted = model.predict(X)
