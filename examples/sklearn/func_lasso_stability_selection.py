# /// example
# task = '''
# Write a function `stability_selection` with the signature and docstring below. Apply it to the
# features `X` and target `y`, naming the columns `x0`, `x1`, ... in order, with the defaults, and
# store the result in `stable, frequency`.
#
# ```python
# def stability_selection(X, y, names, alpha=0.1, n_subsamples=30, threshold=0.6, seed=0):
#     """Features that a Lasso keeps in most random half-samples.
#
#     rng = np.random.default_rng(seed); for each of n_subsamples draws the
#     rows rng.choice(n, n // 2, replace=False) are taken, X is standardised
#     and y centred and scaled to unit SD (ddof=0) within the subsample, and
#     SelectFromModel(Lasso(alpha=alpha)) decides which features are kept.
#     Returns (selected, frequency): frequency is a Series indexed by names
#     with the share of subsamples that kept each feature; selected lists
#     the names with frequency >= threshold, in column order.
#     """
# ```'''
# prompt = """
# A single Lasso fit picks features rather arbitrarily, so I want stability selection: \
# `stability_selection(X, y, names, alpha=0.1, n_subsamples=30, threshold=0.6, seed=0)` drawing \
# half of the rows without replacement `n_subsamples` times from `np.random.default_rng(seed)` \
# (`rng.choice(n, n // 2, replace=False)`), standardising `X` and `y` within each half, letting \
# `SelectFromModel(Lasso(alpha=alpha))` choose, and returning `(selected, frequency)`: the share of \
# subsamples that kept each feature as a Series by name, and the names kept at least `threshold` \
# of the time, in column order. Run it on my `X`, `y` with columns `x0`, `x1`, ... and the \
# defaults into `stable, frequency`."""
# task_type = 'function'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'pandas', 'numpy']
# inputs = { X = 'reg.X', y = 'reg.y' }
# checks = [
#     # "a" drives y and is kept in every subsample; "b" and "c" are unrelated wiggles
#     '(lambda A: (lambda out: out[0] == ["a"] and out[1]["a"] == 1.0 and out[1][["b", "c"]].max() < 0.6)(stability_selection(A, 3 * A[:, 0] + 0.01 * np.sin(np.arange(40.0)), ["a", "b", "c"], alpha=0.2, n_subsamples=10)))(np.column_stack([np.linspace(-2, 2, 40), np.cos(np.arange(40.0) * 1.7), np.sin(np.arange(40.0) * 2.3)]))',
#     # two informative columns; a strong penalty keeps neither, a weak one keeps both
#     '(lambda A, t: stability_selection(A, t, ["p", "q"], alpha=5.0, n_subsamples=5)[0] == [] and stability_selection(A, t, ["p", "q"], alpha=0.01, n_subsamples=5)[0] == ["p", "q"])(np.column_stack([np.arange(20.0), np.arange(20.0) % 4]), np.arange(20.0) + 5 * (np.arange(20.0) % 4))',
#     'list(frequency.index) == [f"x{j}" for j in range(X.shape[1])] and stable == [name for name in frequency.index if frequency[name] >= 0.6]',
#     # the same half-samples drawn again, with a Lasso on the standardised halves
#     '(lambda rng: np.allclose(frequency.to_numpy(), np.mean([(lambda rows: np.abs(sklearn.linear_model.Lasso(alpha=0.1).fit(sklearn.preprocessing.StandardScaler().fit_transform(X[rows]), (y[rows] - y[rows].mean()) / y[rows].std()).coef_) >= 1e-5)(rng.choice(len(X), len(X) // 2, replace=False)) for _ in range(30)], axis=0)))(np.random.default_rng(0))',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'feature-selection', 'regularization', 'linear-model']
# edge_cases = true
# ///
import numpy as np
import pandas as pd
from sklearn.feature_selection import SelectFromModel
from sklearn.linear_model import Lasso
from sklearn.preprocessing import StandardScaler


def stability_selection(X, y, names, alpha=0.1, n_subsamples=30, threshold=0.6, seed=0):
    """Features that a Lasso keeps in most random half-samples.

    rng = np.random.default_rng(seed); for each of n_subsamples draws the
    rows rng.choice(n, n // 2, replace=False) are taken, X is standardised
    and y centred and scaled to unit SD (ddof=0) within the subsample, and
    SelectFromModel(Lasso(alpha=alpha)) decides which features are kept.
    Returns (selected, frequency): frequency is a Series indexed by names
    with the share of subsamples that kept each feature; selected lists
    the names with frequency >= threshold, in column order.
    """
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    rng = np.random.default_rng(seed)
    kept = np.zeros(X.shape[1])
    for _ in range(n_subsamples):
        rows = rng.choice(len(X), len(X) // 2, replace=False)
        X_half = StandardScaler().fit_transform(X[rows])
        # scaling y too makes alpha mean the same whatever the target's units
        y_half = (y[rows] - y[rows].mean()) / y[rows].std()
        selector = SelectFromModel(Lasso(alpha=alpha)).fit(X_half, y_half)
        kept += selector.get_support()
    frequency = pd.Series(kept / n_subsamples, index=list(names))
    selected = [name for name in frequency.index if frequency[name] >= threshold]
    return selected, frequency


stable, frequency = stability_selection(X, y, [f"x{j}" for j in range(X.shape[1])])
