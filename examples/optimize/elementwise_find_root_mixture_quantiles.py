# /// example
# task = """
# The CDF of a two-component normal mixture, F(x) = 0.3 Phi(x) + 0.7 Phi((x - 3) / 0.5), has no \
# closed-form inverse. Compute its quantiles at the probabilities `probs` = 0.01, 0.02, ..., \
# 0.99 by solving F(x) = p for all 99 probabilities in one vectorised call of \
# `scipy.optimize.elementwise.find_root` with the bracket [-10, 10]; store the result object in \
# `result` and the quantiles in `quantiles`."""
# prompt = """
# My model's distribution is a normal mixture: weight `0.3` on a standard normal and `0.7` on a \
# normal with mean `3` and standard deviation `0.5`. Its CDF has no closed-form inverse, so I \
# need to solve F(x) = p numerically for `probs` = 0.01, 0.02, ..., 0.99, all at once rather \
# than in a Python loop, using scipy's elementwise root finder with the bracket [-10, 10]. Keep \
# the result object in `result` and the quantiles in `quantiles`."""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'scipy.stats', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(probs, np.arange(1, 100) / 100)',
#     'np.allclose(0.3 * scipy.stats.norm.cdf(quantiles) + 0.7 * scipy.stats.norm.cdf((np.asarray(quantiles) - 3) / 0.5), probs, rtol=0, atol=1e-10)',
#     'np.all(np.diff(quantiles) > 0) and np.all(result.success)',
#     'np.shape(quantiles) == np.shape(probs)',
# ]
# difficulty = 'intermediate'
# tags = ['root-finding', 'vectorization', 'probability-distributions', 'quantiles']
# requires = { scipy = ">=1.15" }
# ///
import numpy as np
from scipy import stats
from scipy.optimize import elementwise


def mixture_cdf_minus(x, p):
    return 0.3 * stats.norm.cdf(x) + 0.7 * stats.norm.cdf((x - 3) / 0.5) - p


probs = np.arange(1, 100) / 100
# one call solves all 99 equations elementwise, each narrowing its own bracket: no Python loop
result = elementwise.find_root(mixture_cdf_minus, (-10.0, 10.0), args=(probs,))
quantiles = result.x
