# /// example
# task = '''
# Write a function `partial_corr` with the signature and docstring below. Apply it to the weather
# stations `stations`: the partial correlation of `temperature` and `elevation_m` controlling for
# the absolute latitude, stored in `partial`. Store in `small_error` the message raised for
# `x = [1.0, 2.0, 3.0]`, `y = [2.0, 1.0, 3.0]` and the covariate `[0.0, 1.0, 1.0]`.
#
# ```python
# def partial_corr(x, y, covariates):
#     """Pearson partial correlation of x and y controlling for covariates.
#
#     x and y are 1-D, covariates 1-D (one covariate) or 2-D (n x k). x and y
#     are each regressed on the covariates by least squares with an
#     intercept, and r is the Pearson correlation of the two residuals. The
#     p-value is two-sided from Student's t with n - 2 - k degrees of
#     freedom: t = r * sqrt(df / (1 - r**2)). Returns (r, p_value) as floats;
#     both are NaN when a residual has no spread left (its SD is at most
#     1e-9 times the SD of x or y: the covariates explain it exactly).
#     Raises ValueError("need more than k + 2 observations") when n <= k + 2.
#     """
# ```'''
# prompt = """
# Temperature falls with elevation but also with latitude, so I want the partial correlation: \
# `partial_corr(x, y, covariates)` should regress `x` and `y` on the covariates (1-D or n x k, \
# with an intercept), correlate the residuals, and get a two-sided p-value from a t distribution \
# with n - 2 - k degrees of freedom, returning `(r, p_value)` (both NaN when the covariates \
# explain `x` or `y` exactly, a residual SD at most 1e-9 times the original SD) and raising \
# `ValueError("need more than k + 2 observations")` when n <= k + 2. Apply it to `temperature` and \
# `elevation_m` of my `stations`, controlling for the absolute `lat`, into `partial`, and keep the \
# message for `x = [1.0, 2.0, 3.0]`, `y = [2.0, 1.0, 3.0]` with the covariate `[0.0, 1.0, 1.0]` in \
# `small_error`."""
# task_type = 'function'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy', 'pandas']
# inputs = { stations = 'stations' }
# checks = [
#     # with a covariate that is unrelated to both, r is near the plain correlation; here the exact value comes from the inverse correlation matrix
#     '(lambda M: (lambda P: np.isclose(partial_corr(M[:, 0], M[:, 1], M[:, 2])[0], -P[0, 1] / np.sqrt(P[0, 0] * P[1, 1])))(np.linalg.inv(np.corrcoef(M, rowvar=False))))(np.array([[1.0, 2.0, 0.5], [2.0, 1.0, 1.5], [3.0, 5.0, 1.0], [4.0, 3.0, 3.0], [5.0, 6.0, 2.0], [6.0, 4.0, 4.5]]))',
#     # y = x + z exactly but x and z are independent: after removing z, x and y agree perfectly
#     'np.allclose(partial_corr([1.0, -1.0, 1.0, -1.0, 2.0], [1.0, -2.0, 3.0, -4.0, 3.0], [0.0, -1.0, 2.0, -3.0, 1.0]), (1.0, 0.0), atol=1e-7)',
#     # x is exactly half the covariate: nothing is left to correlate
#     'np.all(np.isnan(partial_corr([1.0, 2.0, 3.0, 4.0, 5.0], [2.0, 1.0, 4.0, 3.0, 6.0], [2.0, 4.0, 6.0, 8.0, 10.0])))',
#     # n = 3 is not more than k + 2 = 3
#     'small_error == "need more than k + 2 observations"',
#     '(lambda rng: (lambda X: (lambda r: np.isclose(partial_corr(X[:, 0], X[:, 1], X[:, 2:])[1], 2 * scipy.stats.t.sf(abs(r) * np.sqrt(16 / (1 - r**2)), 16)))(partial_corr(X[:, 0], X[:, 1], X[:, 2:])[0]))(rng.standard_normal((20, 4))))(np.random.default_rng(1))',
#     # where the three columns vary and are not collinear, r comes from the inverse correlation matrix
#     '(lambda M: (lambda C: (lambda P: np.isclose(partial[0], -P[0, 1] / np.sqrt(P[0, 0] * P[1, 1])))(np.linalg.inv(C)) if np.linalg.cond(C) < 1e6 else np.isnan(partial[0]) or abs(partial[0]) <= 1)(np.corrcoef(M, rowvar=False)) if np.ptp(M, axis=0).min() > 0 else np.isnan(partial[0]) or abs(partial[0]) <= 1)(np.column_stack([stations["temperature"], stations["elevation_m"], stations["lat"].abs()]))',
#     'np.isclose(partial[1], 2 * scipy.stats.t.sf(abs(partial[0]) * np.sqrt((len(stations) - 3) / (1 - partial[0] ** 2)), len(stations) - 3)) if abs(partial[0]) < 1 else np.isnan(partial[1]) or partial[1] == 0.0',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'correlation', 'residuals', 'validation']
# edge_cases = { min_size = 6, constant = false, why = "with one covariate the t-test needs at least 4 residual degrees of freedom and places that differ" }
# ///
import numpy as np
from scipy import stats


def partial_corr(x, y, covariates):
    """Pearson partial correlation of x and y controlling for covariates.

    x and y are 1-D, covariates 1-D (one covariate) or 2-D (n x k). x and y
    are each regressed on the covariates by least squares with an
    intercept, and r is the Pearson correlation of the two residuals. The
    p-value is two-sided from Student's t with n - 2 - k degrees of
    freedom: t = r * sqrt(df / (1 - r**2)). Returns (r, p_value) as floats;
    both are NaN when a residual has no spread left (its SD is at most
    1e-9 times the SD of x or y: the covariates explain it exactly).
    Raises ValueError("need more than k + 2 observations") when n <= k + 2.
    """
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    Z = np.asarray(covariates, dtype=float).reshape(len(x), -1)
    n, k = Z.shape
    if n <= k + 2:
        raise ValueError("need more than k + 2 observations")
    design = np.column_stack([np.ones(n), Z])
    residual_x = x - design @ np.linalg.lstsq(design, x, rcond=None)[0]
    residual_y = y - design @ np.linalg.lstsq(design, y, rcond=None)[0]
    if np.std(residual_x) <= 1e-9 * np.std(x) or np.std(residual_y) <= 1e-9 * np.std(y):
        return np.nan, np.nan
    r = float(stats.pearsonr(residual_x, residual_y).statistic)
    # the covariates use up k degrees of freedom on top of the 2 of a plain correlation
    df = n - 2 - k
    if abs(r) == 1.0:
        return r, 0.0
    t = r * np.sqrt(df / (1 - r**2))
    return r, float(2 * stats.t.sf(abs(t), df))


partial = partial_corr(stations["temperature"], stations["elevation_m"], stations["lat"].abs())

try:
    partial_corr([1.0, 2.0, 3.0], [2.0, 1.0, 3.0], [0.0, 1.0, 1.0])
except ValueError as error:
    small_error = str(error)
