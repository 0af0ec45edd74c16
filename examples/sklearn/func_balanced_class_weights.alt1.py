import numpy as np


def balanced_weights(y):
    """Class weights that balance the classes of y, as a dict {label: weight}.

    A class with count c gets weight n_samples / (n_classes * c), the
    "balanced" rule of scikit-learn. Labels may be ints or strings.
    Raises ValueError("y is empty") for an empty y.
    """
    labels = np.asarray(y)
    if len(labels) == 0:
        raise ValueError("y is empty")
    # rare classes get large weights so every class carries the same total weight
    classes, counts = np.unique(labels, return_counts=True)
    return {
        c.item(): len(labels) / (len(classes) * n) for c, n in zip(classes, counts, strict=True)
    }


weights = balanced_weights(y)
try:
    balanced_weights([])
except ValueError as exc:
    empty_error = str(exc)
