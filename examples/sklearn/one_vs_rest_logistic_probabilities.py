# /// example
# task = """
# Train one binary `LogisticRegression(max_iter=500)` per class of `y` (one-vs-rest) with \
# `OneVsRestClassifier` on `X`, `y`, and store the class probabilities of `X` in `proba` and the \
# predicted labels in `predicted`."""
# prompt = """
# Instead of a multinomial model I'd like one-vs-rest logistic regressions (`max_iter=500`) for my \
# three classes in `X`, `y`, wrapped so they act as one classifier. Give me the probabilities for \
# each row as `proba` and the predicted class as `predicted`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'clf_multi.X', y = 'clf_multi.y' }
# checks = [
#     # one-vs-rest probabilities: each class's binary probability, rows renormalised to sum to 1
#     '(lambda P: np.allclose(proba, P / P.sum(axis=1, keepdims=True), atol=1e-6))(np.column_stack([sklearn.linear_model.LogisticRegression(max_iter=500).fit(X, (y == c).astype(int)).predict_proba(X)[:, 1] for c in np.unique(y)]))',
#     'np.array_equal(predicted, np.unique(y)[np.argmax(proba, axis=1)])',
# ]
# difficulty = 'intermediate'
# tags = ['classification', 'classifier-scores', 'linear-model']
# edge_cases = true
# ///
from sklearn.linear_model import LogisticRegression
from sklearn.multiclass import OneVsRestClassifier

ovr = OneVsRestClassifier(LogisticRegression(max_iter=500)).fit(X, y)
# the per-class probabilities are rescaled so that each row sums to 1
proba = ovr.predict_proba(X)
predicted = ovr.predict(X)
