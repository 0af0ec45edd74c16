# /// example
# task = """
# Train an `SGDClassifier` with logistic loss out of core: after standardizing with a scaler \
# fitted on the training part of a stratified 70% split of `X`, `y`, feed the shuffled training \
# rows in mini-batches of 20 with `partial_fit` (passing all `classes` on the first call) for 5 \
# epochs, recording the test accuracy after each epoch in the list `epoch_accuracy`; store the \
# model in `model`. Keep the split parts as `X_train`, `X_test`, `y_train`, `y_test` and the \
# scaled features as `X_train_scaled`, `X_test_scaled`."""
# prompt = """
# Train an SGD classifier with logistic loss out of core: after a stratified 70/30 split of `X`, \
# `y` (`X_train`, `X_test`, `y_train`, `y_test`), standardize with a scaler fitted on the \
# training part only (`X_train_scaled`, `X_test_scaled`), then for 5 epochs feed the shuffled \
# training rows in mini-batches of 20 with incremental fitting, passing the full set of classes \
# on the first call. Record the test accuracy after each epoch in the list `epoch_accuracy` and \
# store the model in `model`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'clf.X', y = 'clf.y' }
# checks = [
#     'len(epoch_accuracy) == 5 and all(0 <= a <= 1 for a in epoch_accuracy)',
#     'np.array_equal(model.classes_, np.unique(y)) and model.coef_.shape[1] == X.shape[1]',
#     'np.isclose(epoch_accuracy[-1], model.score(X_test_scaled, y_test))',
#     # a stratified 70/30 split: each class keeps its share of `y` in the test part, to within one sample
#     'len(X_train) + len(X_test) == len(X) and len(X_train_scaled) == len(y_train) and abs(len(y_train) - 0.7 * len(y)) <= 1',
#     'all(abs(np.sum(y_test == c) - np.mean(y == c) * len(y_test)) <= 1 for c in np.unique(y))',
#     # both parts are scaled with the training part's mean and standard deviation
#     'np.allclose(X_train_scaled, (X_train - X_train.mean(axis=0)) / X_train.std(axis=0)) and np.allclose(X_test_scaled, (X_test - X_train.mean(axis=0)) / X_train.std(axis=0))',
# ]
# difficulty = 'advanced'
# tags = ['incremental-processing', 'linear-model', 'classification']
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
