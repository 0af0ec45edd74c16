# /// example
# task = """
# A class seen only once breaks a stratified split. Relabel the first sample of `y` as a new \
# class (`labels`), attempt `train_test_split(..., stratify=labels)` with a 25% test part, catch \
# the `ValueError` (its message, which names "the least populated class", in `split_error`), and \
# fall back to a stratified split of only the samples whose class has at least 2 members; store \
# the parts in `X_train`, `X_test`, `y_train`, `y_test`."""
# prompt = """
# A class seen only once breaks a stratified split of my data `X`, `y`. Relabel the first sample \
# of `y` as a brand-new class (one above the current maximum label) in `labels`, try a stratified \
# train/test split on `labels` with a 25% test part, catch the ValueError (keep its message, \
# which mentions "the least populated class", in `split_error`), and fall back to a stratified \
# split of only the samples whose class has at least 2 members; store the parts in `X_train`, \
# `X_test`, `y_train`, `y_test`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'clf.X', y = 'clf.y' }
# checks = [
#     "split_error is not None and 'least populated class' in split_error",
#     'labels.max() not in set(y_train) | set(y_test)',
#     'len(y_train) + len(y_test) == np.sum(np.bincount(labels)[labels] >= 2) and len(X_train) == len(y_train)',
#     # only the first sample is relabelled, to a label not in `y`
#     'np.array_equal(labels[1:], y[1:]) and labels[0] not in set(y.tolist())',
#     # the fallback is a stratified split with a 25% test part of the kept samples
#     'abs(len(y_test) - 0.25 * (len(y_train) + len(y_test))) <= 1 and len(X_test) == len(y_test)',
#     'all(abs(np.sum(y_test == c) - np.mean(np.concatenate([y_train, y_test]) == c) * len(y_test)) <= 1 for c in np.unique(y_train))',
# ]
# difficulty = 'intermediate'
# tags = ['error-handling', 'train-test-split', 'imbalanced-classes']
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
