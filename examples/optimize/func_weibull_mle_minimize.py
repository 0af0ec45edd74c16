# /// example
# task = '''
# Write a function `weibull_mle` with the signature and docstring below. Apply it to the \
# positive sample `times` and store the result in `weibull_params`.
#
# ```python
# def weibull_mle(times):
#     """Maximum-likelihood shape k and scale lam of a two-parameter Weibull
#     distribution (location 0) for positive failure times, found by
#     minimising the negative log-likelihood with scipy.optimize.minimize over
#     (log k, log lam) so both stay positive. Returns (k, lam) as floats.
#     Raises ValueError if any time is not positive or fewer than 2 are given.
#     """
# ```'''
# prompt = """
# For reliability work I need `weibull_mle(times)`: the maximum-likelihood shape k and scale lam of \
# a 2-parameter Weibull (location fixed at 0), by minimising the negative log-likelihood with \
# `minimize` over log k and log lam. Return (k, lam) as floats; raise ValueError for a \
# non-positive time or fewer than 2 times. Fit my positive sample `times` into `weibull_params`."""
# task_type = 'function'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'scipy.stats', 'numpy']
# inputs = { times = 'skewed' }
# checks = [
#     'np.allclose(weibull_mle(scipy.stats.weibull_min.rvs(1.5, scale=10, size=50, random_state=np.random.default_rng(0))), np.array(scipy.stats.weibull_min.fit(scipy.stats.weibull_min.rvs(1.5, scale=10, size=50, random_state=np.random.default_rng(0)), floc=0))[[0, 2]], rtol=1e-3)',
#     'np.allclose(weibull_mle(scipy.stats.weibull_min.rvs(0.7, scale=200, size=80, random_state=np.random.default_rng(1))), np.array(scipy.stats.weibull_min.fit(scipy.stats.weibull_min.rvs(0.7, scale=200, size=80, random_state=np.random.default_rng(1)), floc=0))[[0, 2]], rtol=1e-3)',
#     # exponential data (k = 1): the shape comes out near 1
#     'abs(weibull_mle(scipy.stats.expon.rvs(scale=3, size=400, random_state=np.random.default_rng(2)))[0] - 1) < 0.15',
#     '__import__("unittest").TestCase().assertRaises(ValueError, weibull_mle, np.array([1.0, 0.0, 2.0])) is None',
#     '__import__("unittest").TestCase().assertRaises(ValueError, weibull_mle, np.array([3.0])) is None',
#     'np.allclose(weibull_params, np.array(scipy.stats.weibull_min.fit(np.asarray(times, dtype=float), floc=0))[[0, 2]], rtol=1e-3)',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'distribution-fitting', 'minimization', 'validation']
# [edge_cases]
# min_size = 2
# constant = false
# why = 'the maximum-likelihood shape exists only for at least 2 times that are not all equal'
# ///
import numpy as np
from scipy import optimize


def weibull_mle(times):
    """Maximum-likelihood shape k and scale lam of a two-parameter Weibull
    distribution (location 0) for positive failure times, found by
    minimising the negative log-likelihood with scipy.optimize.minimize over
    (log k, log lam) so both stay positive. Returns (k, lam) as floats.
    Raises ValueError if any time is not positive or fewer than 2 are given.
    """
    t = np.asarray(times, dtype=float)
    if t.size < 2 or np.any(t <= 0):
        raise ValueError("need at least 2 positive failure times")

    def negative_log_likelihood(log_params):
        k, lam = np.exp(log_params)
        z = t / lam
        return -np.sum(np.log(k / lam) + (k - 1) * np.log(z) - z**k)

    # start at k = 1 (exponential) with the mean as scale; tight gtol for rtol 1e-3 agreement
    result = optimize.minimize(
        negative_log_likelihood, x0=[0.0, np.log(t.mean())], method="BFGS", options={"gtol": 1e-8}
    )
    k, lam = np.exp(result.x)
    return float(k), float(lam)


weibull_params = weibull_mle(times)
