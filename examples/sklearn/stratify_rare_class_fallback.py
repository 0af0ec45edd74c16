# /// example
# task = """
# A class seen only once breaks a stratified split. Relabel the first sample of `y` as a new \
# class (`labels`), attempt `train_test_split(..., stratify=labels)` with a 25% test part, catch \
# the `ValueError` (its message, which names "the least populated class", in `split_error`), and \
# fall back to a stratified split of only the samples whose class has at least 2 members; store \
# the parts in `X_train`, `X_test`, `y_train`, `y_test`."""
# domain = 'data_processing'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'clf.X', y = 'clf.y' }
# checks = [
#     "split_error is not None and 'least populated class' in split_error",
#     'labels.max() not in set(y_train) | set(y_test)',
#     'len(y_train) + len(y_test) == np.sum(np.bincount(labels)[labels] >= 2) and len(X_train) == len(y_train)',
# ]
# difficulty = 'intermediate'
# tags = ['error-handling', 'train-test-split', 'imbalanced']
# edge_cases = true
# ///
import numpy as np
from sklearn.model_selection import train_test_split

labels = y.copy()
labels[0] = labels.max() + 1  # e.g. a rare species observed once

split_error = None
try:
    X_train, X_test, y_train, y_test = train_test_split(
        X, labels, test_size=0.25, stratify=labels, random_state=0
    )
except ValueError as exc:
    split_error = str(exc)
    # stratification needs every class in both parts, i.e. at least 2 members
    keep = np.bincount(labels)[labels] >= 2
    X_train, X_test, y_train, y_test = train_test_split(
        X[keep], labels[keep], test_size=0.25, stratify=labels[keep], random_state=0
    )
