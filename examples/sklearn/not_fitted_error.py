# /// example
# task = """
# Show how scikit-learn reports an unfitted model: calling `predict` on a fresh \
# `LogisticRegression` raises `NotFittedError`; catch it and store its message (which says the \
# model is not fitted yet) in `not_fitted_message`. Write a helper `is_fitted(estimator)` based \
# on `check_is_fitted` and store its result before and after fitting on `X`, `y` in \
# `fitted_before` and `fitted_after`."""
# prompt = """
# Show how scikit-learn complains about an unfitted model: calling predict on a fresh logistic \
# regression raises NotFittedError; catch it and keep its message (which says the model is not \
# fitted yet) in `not_fitted_message`. Also write a helper `is_fitted(estimator)` that returns \
# True/False using scikit-learn's fitted-check utility, and store its result before and after \
# fitting on `X`, `y` in `fitted_before` and `fitted_after`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn']
# inputs = { X = 'clf.X', y = 'clf.y' }
# checks = [
#     "'not fitted' in not_fitted_message",
#     'fitted_before is False',
#     'fitted_after is True',
# ]
# difficulty = 'basic'
# tags = ['error-handling', 'validation']
# edge_cases = true
# ///
from sklearn.exceptions import NotFittedError
from sklearn.linear_model import LogisticRegression
from sklearn.utils.validation import check_is_fitted


def is_fitted(estimator):
    try:
        # no attributes given: it looks for any that fit sets (ending in "_") and raises if none
        check_is_fitted(estimator)
    except NotFittedError:
        return False
    return True


model = LogisticRegression()
try:
    model.predict(X)
except NotFittedError as exc:
    not_fitted_message = str(exc)

fitted_before = is_fitted(model)
model.fit(X, y)
fitted_after = is_fitted(model)
