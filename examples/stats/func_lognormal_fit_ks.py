# /// example
# task = '''
# Write a function `lognormal_fit_ks` with the signature and docstring below. Apply it to the
# positive sample `skewed` and store the dict in `fit`; store in `sign_error` the message raised by
# `lognormal_fit_ks([2.0, 0.0, 3.0])`.
#
# ```python
# def lognormal_fit_ks(x):
#     """Fit a two-parameter lognormal (location fixed at 0) by maximum
#     likelihood and test the fit with a one-sample Kolmogorov-Smirnov test.
#
#     Returns {"shape": s, "scale": scale, "ks_statistic": D, "p_value": p}
#     as floats, with s and scale in scipy.stats.lognorm's parametrisation
#     (the p-value is approximate because the parameters were estimated from
#     the same data). Raises ValueError("x must be positive") when a value is
#     <= 0. With fewer than 2 distinct values every field is NaN.
#     """
# ```'''
# prompt = """
# Our particle sizes look lognormal, and I'd like a helper `lognormal_fit_ks(x)` that fits a \
# lognormal with the location fixed at 0 (maximum likelihood, scipy's `s` and `scale`), then runs \
# a one-sample KS test against the fitted distribution, returning a dict with `"shape"`, \
# `"scale"`, `"ks_statistic"` and `"p_value"`. Non-positive values should raise \
# `ValueError("x must be positive")`, and a sample with fewer than 2 distinct values should give \
# NaN everywhere. Run it on `skewed` and store the dict in `fit`, and keep the message raised by \
# `lognormal_fit_ks([2.0, 0.0, 3.0])` in `sign_error`."""
# task_type = 'function'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { skewed = 'skewed' }
# checks = [
#     # with loc = 0 the lognormal MLE is the mean and (ddof=0) SD of log(x)
#     '(lambda x: (lambda r: np.isclose(r["shape"], np.log(x).std(), rtol=1e-3) and np.isclose(r["scale"], np.exp(np.log(x).mean()), rtol=1e-3))(lognormal_fit_ks(x)))(np.array([0.5, 1.2, 2.0, 3.1, 4.4, 7.9, 12.0, 30.0]))',
#     '(lambda x: (lambda r: np.isclose(r["ks_statistic"], scipy.stats.kstest(x, "lognorm", args=(np.log(x).std(), 0, np.exp(np.log(x).mean()))).statistic, rtol=1e-3, atol=1e-4))(lognormal_fit_ks(x)))(np.exp(scipy.stats.norm.ppf((np.arange(40) + 0.5) / 40)))',
#     'all(np.isnan(v) for v in lognormal_fit_ks([2.0, 2.0, 2.0]).values()) and all(np.isnan(v) for v in lognormal_fit_ks([5.0]).values())',
#     # zero is not positive either
#     'sign_error == "x must be positive"',
#     'sorted(fit) == ["ks_statistic", "p_value", "scale", "shape"] and all(isinstance(v, float) for v in fit.values())',
#     '(lambda x: len(np.unique(x)) < 2 or (np.isclose(fit["shape"], np.log(x).std(), rtol=1e-3) and np.isclose(fit["scale"], np.exp(np.log(x).mean()), rtol=1e-3) and np.isclose(fit["p_value"], scipy.stats.kstest(x, scipy.stats.lognorm(fit["shape"], scale=fit["scale"]).cdf).pvalue)))(np.asarray(skewed, dtype=float))',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'distribution-fitting', 'goodness-of-fit', 'validation']
# edge_cases = true
# ///
import numpy as np
from scipy import stats


def lognormal_fit_ks(x):
    """Fit a two-parameter lognormal (location fixed at 0) by maximum
    likelihood and test the fit with a one-sample Kolmogorov-Smirnov test.

    Returns {"shape": s, "scale": scale, "ks_statistic": D, "p_value": p}
    as floats, with s and scale in scipy.stats.lognorm's parametrisation
    (the p-value is approximate because the parameters were estimated from
    the same data). Raises ValueError("x must be positive") when a value is
    <= 0. With fewer than 2 distinct values every field is NaN.
    """
    x = np.asarray(x, dtype=float)
    if (x <= 0).any():
        raise ValueError("x must be positive")
    keys = ("shape", "scale", "ks_statistic", "p_value")
    if len(np.unique(x)) < 2:
        return dict.fromkeys(keys, float("nan"))
    # floc=0 keeps the two-parameter lognormal instead of fitting a shift as well
    shape, _, scale = stats.lognorm.fit(x, floc=0)
    result = stats.kstest(x, "lognorm", args=(shape, 0, scale))
    return dict(zip(keys, map(float, (shape, scale, result.statistic, result.pvalue)), strict=True))


fit = lognormal_fit_ks(skewed)

try:
    lognormal_fit_ks([2.0, 0.0, 3.0])
except ValueError as error:
    sign_error = str(error)
