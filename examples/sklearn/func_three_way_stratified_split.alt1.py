from sklearn.model_selection import StratifiedShuffleSplit


def three_way_split(X, y, val_size=0.2, test_size=0.2, random_state=0):
    """Stratified train/validation/test split of X and y.

    Returns (X_train, X_val, X_test, y_train, y_val, y_test). The test
    part is split off first (test_size of all rows), then the validation
    part (val_size of all rows) from the rest, both stratified by y.
    Raises ValueError("val_size + test_size must be below 1") otherwise.
    """
    if val_size + test_size >= 1:
        raise ValueError("val_size + test_size must be below 1")
    outer = StratifiedShuffleSplit(n_splits=1, test_size=test_size, random_state=random_state)
    rest, test = next(outer.split(X, y))
    X_rest, y_rest = X[rest], y[rest]
    # the validation share is relative to all rows, so rescale it for the remaining ones
    inner = StratifiedShuffleSplit(
        n_splits=1, test_size=val_size / (1 - test_size), random_state=random_state
    )
    train, val = next(inner.split(X_rest, y_rest))
    return X_rest[train], X_rest[val], X[test], y_rest[train], y_rest[val], y[test]


parts = three_way_split(X, y)
try:
    three_way_split(X, y, val_size=0.5, test_size=0.5)
except ValueError as exc:
    size_error = str(exc)
