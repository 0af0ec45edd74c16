# /// example
# task = '''
# Write a function `rank_by_aic` with the signature and docstring below. Apply it to the positive,
# right-skewed sample `skewed` and store the Series in `aic`; store in `sign_error` the message
# raised for the sample `[1.0, 0.0, 2.5]`.
#
# ```python
# def rank_by_aic(x, candidates=("norm", "lognorm", "gamma", "expon")):
#     """Fit scipy.stats distributions by maximum likelihood and rank them by AIC.
#
#     `candidates` are names of scipy.stats continuous distributions. "norm"
#     is fitted with free loc and scale; every other candidate with loc
#     fixed at 0 (floc=0), so loc is not counted as a parameter. AIC =
#     2 k - 2 log L with k the number of fitted parameters. Returns a float
#     Series of AIC values indexed by name, sorted ascending (best first).
#     Raises ValueError("x must be positive") if any value is <= 0.
#     """
# ```'''
# prompt = """
# Which distribution describes my skewed measurements best? Please write \
# `rank_by_aic(x, candidates=("norm", "lognorm", "gamma", "expon"))` that fits each named SciPy \
# distribution by maximum likelihood (the normal with free loc and scale, the others with `loc` \
# fixed at 0 and not counted), computes AIC = 2k - 2 log L, and returns a Series of AIC by name \
# sorted best first; non-positive data should raise `ValueError("x must be positive")`. Run it on \
# my sample `skewed` and keep the Series in `aic`, and the message for the sample `[1.0, 0.0, 2.5]` \
# in `sign_error`."""
# task_type = 'function'
# domain = 'statistics'
# libraries = ['scipy.stats', 'pandas', 'numpy']
# inputs = { skewed = 'skewed' }
# checks = [
#     # closed-form maximum likelihood: normal (mean, population SD) and exponential (scale = mean)
#     '(lambda x: np.allclose(rank_by_aic(x, ("norm", "expon")).sort_index(), [2 * 1 - 2 * scipy.stats.expon.logpdf(x, scale=x.mean()).sum(), 2 * 2 - 2 * scipy.stats.norm.logpdf(x, x.mean(), x.std()).sum()]))(np.array([0.5, 1.2, 2.0, 0.3, 4.1, 1.7, 0.9]))',
#     '(lambda x: list(rank_by_aic(x).index)[0] == "lognorm" and np.isclose(rank_by_aic(x)["lognorm"], 4 - 2 * scipy.stats.lognorm.logpdf(x, np.log(x).std(), scale=np.exp(np.log(x).mean())).sum()))(np.exp(scipy.stats.norm.ppf((np.arange(80) + 0.5) / 80)))',
#     '(lambda x: rank_by_aic(x, ["gamma"]).index.tolist() == ["gamma"] and np.isclose(rank_by_aic(x, ["gamma"])["gamma"], (lambda a, loc, scale: 4 - 2 * scipy.stats.gamma.logpdf(x, a, loc, scale).sum())(*scipy.stats.gamma.fit(x, floc=0))))(np.array([2.0, 3.5, 1.0, 6.0, 2.5, 4.0]))',
#     # 0 is not positive: the check is <= 0, not < 0
#     'sign_error == "x must be positive"',
#     'sorted(aic.index) == ["expon", "gamma", "lognorm", "norm"] and aic.is_monotonic_increasing',
#     'np.isclose(aic["norm"], 4 - 2 * scipy.stats.norm.logpdf(skewed, np.mean(skewed), np.std(skewed)).sum()) and np.isclose(aic["expon"], 2 - 2 * scipy.stats.expon.logpdf(skewed, scale=np.mean(skewed)).sum())',
#     'np.isclose(aic["lognorm"], 4 - 2 * scipy.stats.lognorm.logpdf(skewed, np.std(np.log(skewed)), scale=np.exp(np.mean(np.log(skewed)))).sum())',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'distribution-fitting', 'probability-distributions', 'model-selection', 'validation']
# edge_cases = { min_size = 3, constant = false, why = "maximum-likelihood fits need a few values that vary" }
# ///
import numpy as np
import pandas as pd
from scipy import stats


def rank_by_aic(x, candidates=("norm", "lognorm", "gamma", "expon")):
    """Fit scipy.stats distributions by maximum likelihood and rank them by AIC.

    `candidates` are names of scipy.stats continuous distributions. "norm"
    is fitted with free loc and scale; every other candidate with loc
    fixed at 0 (floc=0), so loc is not counted as a parameter. AIC =
    2 k - 2 log L with k the number of fitted parameters. Returns a float
    Series of AIC values indexed by name, sorted ascending (best first).
    Raises ValueError("x must be positive") if any value is <= 0.
    """
    x = np.asarray(x, dtype=float)
    if np.any(x <= 0):
        raise ValueError("x must be positive")
    aic = {}
    for name in candidates:
        distribution = getattr(stats, name)
        if name == "norm":
            params = stats.norm.fit(x)
            n_free = 2
        else:
            # positive-support models start at 0; a free loc would just chase the smallest value
            params = distribution.fit(x, floc=0)
            n_free = len(params) - 1
        log_likelihood = distribution.logpdf(x, *params).sum()
        aic[name] = 2 * n_free - 2 * log_likelihood
    return pd.Series(aic, dtype=float).sort_values()


aic = rank_by_aic(skewed)

try:
    rank_by_aic([1.0, 0.0, 2.5])
except ValueError as error:
    sign_error = str(error)
