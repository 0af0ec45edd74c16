# /// example
# task = """
# `y` is a binary label where the positive class is rare, with features `X`. This code holds out \
# 30% of the rows (`random_state=0`) into `X_train`, `X_test`, `y_train`, `y_test`; it runs, but \
# the test part does not keep the class proportions of `y` (it gets 10 positives where 30% of the \
# positives would be about 13), so the test scores are noisy and biased:
#
# ```python
# from sklearn.model_selection import train_test_split
#
# X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, random_state=0)
# ```
#
# Fix it so each class keeps its share of `y` in both parts."""
# prompt = """
# My labels `y` are imbalanced (few positives) and I split `X`, `y` into `X_train`, `X_test`, \
# `y_train`, `y_test` with 30% for testing and `random_state=0`:
#
# ```python
# from sklearn.model_selection import train_test_split
#
# X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, random_state=0)
# ```
#
# The test set ends up with noticeably fewer positives than 30% of them. How do I make both \
# parts keep the class proportions of `y`?"""
# task_type = 'fix'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'clf_imbalanced.X', y = 'clf_imbalanced.y' }
# checks = [
#     'len(y_test) == math.ceil(0.3 * len(y)) and len(y_train) == len(y) - len(y_test)',
#     # every class count in the test part within one of its share of y
#     'all(abs(np.sum(y_test == c) - np.mean(y == c) * len(y_test)) < 1 for c in np.unique(y))',
#     # the rows and labels are the original pairs, each used once
#     'sorted(map(tuple, np.column_stack([np.vstack([X_train, X_test]), np.concatenate([y_train, y_test])]))) == sorted(map(tuple, np.column_stack([X, y])))',
#     # the split the task's random_state=0 gives
#     '(lambda ref: np.array_equal(X_test, ref[1]) and np.array_equal(y_test, ref[3]))(sklearn.model_selection.train_test_split(X, y, test_size=0.3, stratify=y, random_state=0))',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'train-test-split', 'imbalanced-classes']
# [edge_cases]
# min_size = 20
# why = 'a stratified split needs two samples of each class: an imbalanced draw of 20 rows has 3 of the rare class'
# ///
from sklearn.model_selection import train_test_split

# stratify=y samples each class separately, so both parts keep the class shares
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, stratify=y, random_state=0)
