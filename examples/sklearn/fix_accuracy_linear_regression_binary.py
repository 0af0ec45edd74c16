# /// example
# task = """
# This code should fit a classifier to the 0/1 labels `y` from `X` and store its training \
# accuracy in `accuracy`, but it raises an error:
#
# ```python
# from sklearn.linear_model import LinearRegression
# from sklearn.metrics import accuracy_score
#
# model = LinearRegression().fit(X, y)
# accuracy = accuracy_score(y, model.predict(X))
# ```
#
# ```text
# ValueError: Classification metrics can't handle a mix of binary and continuous targets
# ```
#
# Fix it with a `LogisticRegression` (`max_iter=500`)."""
# prompt = """
# I have binary labels `y` (0/1) and features `X`, and I want the accuracy of a linear model on \
# the training data in `accuracy`:
#
# ```python
# from sklearn.linear_model import LinearRegression
# from sklearn.metrics import accuracy_score
#
# model = LinearRegression().fit(X, y)
# accuracy = accuracy_score(y, model.predict(X))
# ```
#
# ```text
# ValueError: Classification metrics can't handle a mix of binary and continuous targets
# ```
#
# Please fix it using a `LogisticRegression` with `max_iter=500`."""
# task_type = 'fix'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'clf.X', y = 'clf.y' }
# checks = [
#     'np.isclose(accuracy, np.mean(sklearn.linear_model.LogisticRegression(max_iter=500).fit(X, y).predict(X) == y))',
#     '0 <= accuracy <= 1',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'classification', 'linear-model', 'model-evaluation']
# edge_cases = true
# ///
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score

# a regression returns continuous scores; a classifier's predict returns class labels
model = LogisticRegression(max_iter=500).fit(X, y)
accuracy = accuracy_score(y, model.predict(X))
