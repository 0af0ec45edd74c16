# /// example
# task = '''
# Write a function `stratified_split` with the signature and docstring below. Apply it to the
# features `X` and the imbalanced labels `y` with the defaults, storing the split in
# `X_train, X_test, y_train, y_test` and the share table in `shares`; store in `few_error` the
# message raised when a class has a single sample (labels `[0, 0, 0, 1]`).
#
# ```python
# def stratified_split(X, y, test_size=0.25, seed=0):
#     """Stratified train/test split plus a table of class shares.
#
#     Uses train_test_split(X, y, test_size=test_size, stratify=y,
#     random_state=seed). Returns (X_train, X_test, y_train, y_test, shares)
#     where `shares` is a DataFrame indexed by class label (sorted) with
#     columns "all", "train" and "test": the fraction of each class in y,
#     y_train and y_test. When a class has fewer than 2 samples, raises
#     ValueError("each class needs at least 2 samples").
#     """
# ```'''
# prompt = """
# My classes are imbalanced and I want to confirm every split keeps the ratio. Please write \
# `stratified_split(X, y, test_size=0.25, seed=0)` that does a stratified `train_test_split` with \
# `random_state=seed` and returns `(X_train, X_test, y_train, y_test, shares)`, where `shares` is \
# a DataFrame with one row per class label (sorted) and columns `"all"`, `"train"` and `"test"` \
# holding the class fractions. A class with fewer than 2 samples should raise \
# `ValueError("each class needs at least 2 samples")`. Run it on my `X`, `y` and unpack into \
# `X_train, X_test, y_train, y_test, shares`, and keep the message for labels `[0, 0, 0, 1]` in \
# `few_error`."""
# task_type = 'function'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'pandas', 'numpy']
# inputs = { X = 'clf_imbalanced.X', y = 'clf_imbalanced.y' }
# checks = [
#     '(lambda r, ref: all(np.array_equal(u, v) for u, v in zip(r[:4], ref)))(stratified_split(np.arange(40.0).reshape(20, 2), np.arange(20) % 4, test_size=0.4, seed=3), sklearn.model_selection.train_test_split(np.arange(40.0).reshape(20, 2), np.arange(20) % 4, test_size=0.4, stratify=np.arange(20) % 4, random_state=3))',
#     '(lambda s: list(s.index) == ["a", "b", "c"] and list(s.columns) == ["all", "train", "test"] and np.allclose(s["all"], [0.5, 0.25, 0.25]))(stratified_split(np.zeros((16, 1)), np.array(list("abca") * 4), test_size=0.5)[4])',
#     '(lambda r, ref: np.array_equal(r[3], ref[3]) and np.allclose(r[4]["test"], [np.mean(ref[3] == 0), np.mean(ref[3] == 1)]) and np.allclose(r[4]["all"], [10 / 15, 5 / 15]))(stratified_split(np.arange(30.0).reshape(15, 2), np.array([0] * 10 + [1] * 5), seed=7), sklearn.model_selection.train_test_split(np.arange(30.0).reshape(15, 2), np.array([0] * 10 + [1] * 5), test_size=0.25, stratify=np.array([0] * 10 + [1] * 5), random_state=7))',
#     'few_error == "each class needs at least 2 samples"',
#     'all(np.array_equal(u, v) for u, v in zip((X_train, X_test, y_train, y_test), sklearn.model_selection.train_test_split(X, y, test_size=0.25, stratify=y, random_state=0)))',
#     'np.allclose(shares["train"], pd.Series(y_train).value_counts(normalize=True).sort_index()) and np.allclose(shares["test"], pd.Series(y_test).value_counts(normalize=True).sort_index()) and np.allclose(shares["all"], np.bincount(y) / len(y))',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'train-test-split', 'imbalanced-classes', 'validation']
# edge_cases = { min_size = 14, why = "a stratified split needs 2 samples of the rarest class, which gets 15% of the rows" }
# ///
import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split


def stratified_split(X, y, test_size=0.25, seed=0):
    """Stratified train/test split plus a table of class shares.

    Uses train_test_split(X, y, test_size=test_size, stratify=y,
    random_state=seed). Returns (X_train, X_test, y_train, y_test, shares)
    where `shares` is a DataFrame indexed by class label (sorted) with
    columns "all", "train" and "test": the fraction of each class in y,
    y_train and y_test. When a class has fewer than 2 samples, raises
    ValueError("each class needs at least 2 samples").
    """
    labels, counts = np.unique(y, return_counts=True)
    if counts.min() < 2:
        raise ValueError("each class needs at least 2 samples")
    # stratify=y keeps each class's share (up to rounding) in both parts
    X_train, X_test, y_train, y_test = train_test_split(
        X, y, test_size=test_size, stratify=y, random_state=seed
    )
    shares = pd.DataFrame(
        {
            "all": pd.Series(y).value_counts(normalize=True),
            "train": pd.Series(y_train).value_counts(normalize=True),
            "test": pd.Series(y_test).value_counts(normalize=True),
        }
    ).reindex(labels, fill_value=0.0)
    return X_train, X_test, y_train, y_test, shares


X_train, X_test, y_train, y_test, shares = stratified_split(X, y)

try:
    stratified_split(np.zeros((4, 1)), np.array([0, 0, 0, 1]))
except ValueError as error:
    few_error = str(error)
