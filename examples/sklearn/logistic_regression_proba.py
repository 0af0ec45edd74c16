# /// example
# task = """
# Split `X`, `y` (70/30, stratified), fit a `LogisticRegression` on the training part and on the \
# test part store the class probabilities in `proba`, the predicted labels in `y_pred` and the \
# accuracy in `accuracy`. Keep the split parts as `X_train`, `X_test`, `y_train`, `y_test` and \
# the fitted model as `model`."""
# prompt = """
# Split `X`, `y` 70/30 with stratification (`X_train`, `X_test`, `y_train`, `y_test`), fit a \
# logistic regression `model` on the training part, and on the test part store the class \
# probabilities in `proba`, the predicted labels in `y_pred` and the accuracy in `accuracy`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn']
# inputs = { X = 'clf.X', y = 'clf.y' }
# checks = [
#     'proba.shape == (len(y_test), len(np.unique(y))) and np.allclose(proba.sum(axis=1), 1)',
#     'np.array_equal(y_pred, model.classes_[proba.argmax(axis=1)])',
#     'np.isclose(accuracy, np.mean(y_pred == y_test)) and 0 <= accuracy <= 1',
#     # a stratified 70/30 split: each class keeps its share of `y` in the test part, to within one sample
#     'len(X_train) + len(X_test) == len(X) and len(y_test) == len(X_test) and abs(len(y_train) - 0.7 * len(y)) <= 1',
#     'all(abs(np.sum(y_test == c) - np.mean(y == c) * len(y_test)) <= 1 for c in np.unique(y))',
# ]
# difficulty = 'basic'
# tags = ['classification', 'linear-model']
# [edge_cases]
# min_size = 14
# why = 'a stratified split needs two samples of every class: the rare class of an imbalanced draw has two from 14 samples'
# ///
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score
from sklearn.model_selection import train_test_split

# stratify=y keeps each class's share of y in both parts
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, stratify=y, random_state=0)
model = LogisticRegression().fit(X_train, y_train)
# one column per class, in the order of model.classes_ (the sorted labels)
proba = model.predict_proba(X_test)
y_pred = model.predict(X_test)
accuracy = accuracy_score(y_test, y_pred)
