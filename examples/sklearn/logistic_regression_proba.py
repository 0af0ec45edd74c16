# /// example
# task = """
# Split `X`, `y` (70/30, stratified), fit a `LogisticRegression` on the training part and on the \
# test part store the class probabilities in `proba`, the predicted labels in `y_pred` and the \
# accuracy in `accuracy`. Keep the split parts as `X_train`, `X_test`, `y_train`, `y_test` and \
# the fitted model as `model`."""
# domain = 'data_processing'
# libraries = ['scikit-learn']
# inputs = { X = 'clf.X', y = 'clf.y' }
# checks = [
#     'proba.shape == (len(y_test), len(np.unique(y))) and np.allclose(proba.sum(axis=1), 1)',
#     'np.array_equal(y_pred, model.classes_[proba.argmax(axis=1)])',
#     'np.isclose(accuracy, np.mean(y_pred == y_test)) and 0 <= accuracy <= 1',
# ]
# difficulty = 'basic'
# tags = ['classification', 'logistic-regression']
# [edge_cases]
# min_size = 14
# why = 'a stratified split needs two samples of every class: the rare class of an imbalanced draw has two from 14 samples'
# ///
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score
from sklearn.model_selection import train_test_split

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, stratify=y, random_state=0)
model = LogisticRegression().fit(X_train, y_train)
proba = model.predict_proba(X_test)
y_pred = model.predict(X_test)
accuracy = accuracy_score(y_test, y_pred)
