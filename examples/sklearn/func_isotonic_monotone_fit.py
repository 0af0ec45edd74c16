# /// example
# task = '''
# Write a function `monotone_fit` with the signature and docstring below. Apply it to the table
# `dose` (columns `concentration`, `response`) with `increasing=True` and store the fitted
# responses in `fitted`; call it with x and y of different lengths too, catch the `ValueError`
# and store its message in `length_message`.
#
# ```python
# def monotone_fit(x, y, increasing="auto"):
#     """Least-squares monotone (isotonic) fit of y on x.
#
#     `increasing` is True, False or "auto" (the direction of the sign of
#     the Spearman correlation of x and y). Returns the fitted values as a
#     float array in the order of the inputs (x need not be sorted).
#     Raises ValueError when x and y have different lengths.
#     """
# ```'''
# prompt = """
# I need a helper `monotone_fit(x, y, increasing="auto")` that fits the best (least-squares) \
# monotone step curve of `y` against `x` and returns the fitted values in the original row \
# order (my x isn't sorted). `increasing` can be True, False or "auto" (pick the direction from \
# the Spearman correlation), and mismatched lengths should raise `ValueError`. Use it on my \
# dose-response table `dose` (`concentration`, `response`, forced increasing) to get `fitted`, \
# and show me the message for mismatched lengths in `length_message`."""
# task_type = 'function'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { dose = 'dose_response' }
# checks = [
#     # the violating pair (3, 2) is pooled to its mean
#     'np.allclose(monotone_fit([1, 2, 3, 4], [1, 3, 2, 4], increasing=True), [1, 2.5, 2.5, 4])',
#     'np.allclose(monotone_fit([1, 2, 3], [3, 1, 2], increasing=False), [3, 1.5, 1.5])',
#     # unsorted x: fitted values come back in the input order
#     'np.allclose(monotone_fit([3, 1, 2], [2, 1, 3], increasing=True), [2.5, 1, 2.5])',
#     'np.allclose(monotone_fit([1, 2, 3, 4], [4, 3, 3.5, 1]), [4, 3.25, 3.25, 1])',
#     'np.allclose(fitted, sklearn.isotonic.IsotonicRegression(increasing=True).fit_transform(dose["concentration"], dose["response"]))',
#     'isinstance(length_message, str) and len(length_message) > 0',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'regression', 'error-handling']
# edge_cases = true
# ///
import numpy as np
from sklearn.isotonic import IsotonicRegression


def monotone_fit(x, y, increasing="auto"):
    """Least-squares monotone (isotonic) fit of y on x.

    `increasing` is True, False or "auto" (the direction of the sign of
    the Spearman correlation of x and y). Returns the fitted values as a
    float array in the order of the inputs (x need not be sorted).
    Raises ValueError when x and y have different lengths.
    """
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    if len(x) != len(y):
        raise ValueError(f"x and y must have the same length, got {len(x)} and {len(y)}")
    # IsotonicRegression sorts by x internally and accepts increasing="auto"
    model = IsotonicRegression(increasing=increasing)
    return model.fit_transform(x, y)


fitted = monotone_fit(dose["concentration"], dose["response"], increasing=True)
try:
    monotone_fit([1, 2, 3], [1, 2])
except ValueError as error:
    length_message = str(error)
