# /// example
# task = '''
# Write a function `three_way_split` with the signature and docstring below. Apply it to `X`, `y`
# with the defaults and store the six arrays in `parts` (a tuple); store in `size_error` the
# message raised for `val_size=0.5, test_size=0.5`.
#
# ```python
# def three_way_split(X, y, val_size=0.2, test_size=0.2, random_state=0):
#     """Stratified train/validation/test split of X and y.
#
#     Returns (X_train, X_val, X_test, y_train, y_val, y_test). The test
#     part is split off first (test_size of all rows), then the validation
#     part (val_size of all rows) from the rest, both stratified by y.
#     Raises ValueError("val_size + test_size must be below 1") otherwise.
#     """
# ```'''
# prompt = """
# I keep writing the same two `train_test_split` calls to get train/validation/test sets. Please \
# write `three_way_split(X, y, val_size=0.2, test_size=0.2, random_state=0)`: split off the test \
# share of all rows first, then the validation share of all rows from the remainder, both \
# stratified by `y`, returning `(X_train, X_val, X_test, y_train, y_val, y_test)`, and raising \
# `ValueError("val_size + test_size must be below 1")` when the shares don't leave a training \
# part. Apply it to my `X`, `y` with the defaults into `parts` (a tuple of the 6 arrays), and keep the message for \
# `val_size=0.5, test_size=0.5` in `size_error`."""
# task_type = 'function'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'clf.X', y = 'clf.y' }
# checks = [
#     # 100 rows: 20 test, then 20 of the remaining 80 (a share of 0.25) for validation
#     '(lambda p: [len(a) for a in p] == [60, 20, 20, 60, 20, 20])(three_way_split(np.arange(200.0).reshape(100, 2), np.repeat([0, 1], 50)))',
#     '(lambda p: [len(a) for a in p[:3]] == [30, 10, 10] and [np.sum(a == 1) for a in p[3:]] == [6, 2, 2])(three_way_split(np.arange(50.0).reshape(50, 1), np.r_[np.zeros(40, int), np.ones(10, int)], val_size=0.2, test_size=0.2))',
#     '(lambda p: sorted(np.concatenate([p[0], p[1], p[2]]).ravel().tolist()) == list(range(40)) and len(p[2]) == 12)(three_way_split(np.arange(40).reshape(40, 1), np.tile([0, 1], 20), val_size=0.1, test_size=0.3, random_state=3))',
#     '[[int(np.sum(p == 1)) for p in three_way_split(np.arange(60.0).reshape(60, 1), np.r_[np.zeros(48, int), np.ones(12, int)], val_size=0.25, test_size=0.25, random_state=seed)[3:]] for seed in range(4)] == [[6, 3, 3]] * 4',
#     'size_error == "val_size + test_size must be below 1"',
#     'len(parts) == 6 and sum(len(a) for a in parts[:3]) == len(X) and sorted(map(tuple, np.vstack(parts[:3]))) == sorted(map(tuple, X))',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'train-test-split', 'imbalanced-classes', 'validation']
# edge_cases = { min_size = 40, why = "stratifying three parts needs several samples of the rarer class in each" }
# ///
from sklearn.model_selection import train_test_split


def three_way_split(X, y, val_size=0.2, test_size=0.2, random_state=0):
    """Stratified train/validation/test split of X and y.

    Returns (X_train, X_val, X_test, y_train, y_val, y_test). The test
    part is split off first (test_size of all rows), then the validation
    part (val_size of all rows) from the rest, both stratified by y.
    Raises ValueError("val_size + test_size must be below 1") otherwise.
    """
    if val_size + test_size >= 1:
        raise ValueError("val_size + test_size must be below 1")
    X_rest, X_test, y_rest, y_test = train_test_split(
        X, y, test_size=test_size, stratify=y, random_state=random_state
    )
    # val_size is a share of all rows, so rescale it to a share of what is left
    X_train, X_val, y_train, y_val = train_test_split(
        X_rest,
        y_rest,
        test_size=val_size / (1 - test_size),
        stratify=y_rest,
        random_state=random_state,
    )
    return X_train, X_val, X_test, y_train, y_val, y_test


parts = three_way_split(X, y)

try:
    three_way_split(X, y, val_size=0.5, test_size=0.5)
except ValueError as error:
    size_error = str(error)
