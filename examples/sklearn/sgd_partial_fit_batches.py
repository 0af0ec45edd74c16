# /// example
# task = """
# Train an `SGDClassifier` with logistic loss out of core: after standardizing with a scaler \
# fitted on the training part of a stratified 70% split of `X`, `y`, feed the shuffled training \
# rows in mini-batches of 20 with `partial_fit` (passing all `classes` on the first call) for 5 \
# epochs, recording the test accuracy after each epoch in the list `epoch_accuracy`; store the \
# model in `model`. Keep the split labels as `y_train`, `y_test` and the scaled features as \
# `X_train_scaled`, `X_test_scaled`."""
# domain = 'data_processing'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'clf.X', y = 'clf.y' }
# checks = [
#     'len(epoch_accuracy) == 5 and all(0 <= a <= 1 for a in epoch_accuracy)',
#     'np.array_equal(model.classes_, np.unique(y)) and model.coef_.shape[1] == X.shape[1]',
#     'np.isclose(epoch_accuracy[-1], model.score(X_test_scaled, y_test))',
# ]
# difficulty = 'advanced'
# tags = ['online-learning', 'sgd', 'classification']
# [edge_cases]
# min_size = 14
# why = 'a stratified split needs two samples of every class: the rare class of an imbalanced draw has two from 14 samples'
# ///
import numpy as np
from sklearn.linear_model import SGDClassifier
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, stratify=y, random_state=0)
scaler = StandardScaler().fit(X_train)
X_train_scaled, X_test_scaled = scaler.transform(X_train), scaler.transform(X_test)

classes = np.unique(y)  # a batch may miss a class, so name them all up front
model = SGDClassifier(loss="log_loss", random_state=0)
rng = np.random.default_rng(0)
epoch_accuracy = []
for _epoch in range(5):
    order = rng.permutation(len(X_train_scaled))
    for start in range(0, len(order), 20):
        batch = order[start : start + 20]
        model.partial_fit(X_train_scaled[batch], y_train[batch], classes=classes)
    epoch_accuracy.append(model.score(X_test_scaled, y_test))
