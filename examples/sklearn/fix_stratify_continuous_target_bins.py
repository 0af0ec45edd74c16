# /// example
# task = """
# This code should split the regression data `X`, `y` into `X_train`, `X_test`, `y_train`, \
# `y_test` (25% test, `random_state=0`) so that both parts cover the whole range of `y`, but it \
# raises an error:
#
# ```python
# from sklearn.model_selection import train_test_split
#
# X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=0)
# ```
#
# ```text
# ValueError: The least populated classes in y have only 1 member, which is too few. The minimum number of groups for any class cannot be less than 2. Classes with too few members are: [-232.9987130107572, -214.43558707833614, -211.4544179698291, ...]
# ```
#
# Fix it by stratifying on the quartile bins of `y` (`pd.qcut` into 4 bins) instead."""
# prompt = """
# I want a 75/25 split (`random_state=0`) of my regression data `X`, `y` into `X_train`, `X_test`, \
# `y_train`, `y_test` where the test set covers low and high targets alike, so I stratified on `y`:
#
# ```python
# from sklearn.model_selection import train_test_split
#
# X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=0)
# ```
#
# ```text
# ValueError: The least populated classes in y have only 1 member, which is too few. The minimum number of groups for any class cannot be less than 2. Classes with too few members are: [-232.9987130107572, -214.43558707833614, -211.4544179698291, ...]
# ```
#
# I guess a continuous target can't be stratified directly. Can I stratify on its quartiles (4 bins \
# with `pd.qcut`) instead?"""
# task_type = 'fix'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'pandas']
# inputs = { X = 'reg.X', y = 'reg.y' }
# checks = [
#     'len(X_test) == len(y_test) == math.ceil(0.25 * len(y)) and len(X_train) + len(X_test) == len(X)',
#     'np.allclose(np.sort(np.concatenate([y_train, y_test])), np.sort(y))',
#     # each quartile bin of y keeps its share in the test part, within one sample
#     'np.all(np.abs(np.bincount(np.digitize(y_test, np.quantile(y, [0.25, 0.5, 0.75]), right=True), minlength=4) - len(y_test) / 4) <= 1)',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'train-test-split', 'binning', 'regression']
# [edge_cases]
# min_size = 16
# why = 'a split stratified on 4 bins needs at least 4 test samples, one per bin: 25% of 16 samples'
# ///
import pandas as pd
from sklearn.model_selection import train_test_split

# every distinct y value was its own class; stratify on the quartile bin of y instead
y_quartile = pd.qcut(y, q=4, labels=False)
X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.25, stratify=y_quartile, random_state=0
)
