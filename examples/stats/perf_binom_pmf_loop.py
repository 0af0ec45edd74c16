# /// example
# task = """
# This loop computes the binomial probabilities P(X = k), k = 0..n, for n = 40 trials with \
# success probability 0.3, into the array `pmf`, and the probability of at most 10 successes \
# into `p_at_most_10`:
#
# ```python
# import math
# import numpy as np
#
# n, p = 40, 0.3
# pmf = np.zeros(n + 1)
# for k in range(n + 1):
#     pmf[k] = math.comb(n, k) * p**k * (1 - p) ** (n - k)
# p_at_most_10 = pmf[:11].sum()
# ```
#
# Replace the loop with vectorised calls of SciPy's binomial distribution, keeping `pmf` and \
# `p_at_most_10`."""
# prompt = """
# I build the whole binomial pmf for n = 40, p = 0.3 with a loop (`pmf`) and sum the first 11 \
# terms for P(X <= 10) (`p_at_most_10`):
#
# ```python
# import math
# import numpy as np
#
# n, p = 40, 0.3
# pmf = np.zeros(n + 1)
# for k in range(n + 1):
#     pmf[k] = math.comb(n, k) * p**k * (1 - p) ** (n - k)
# p_at_most_10 = pmf[:11].sum()
# ```
#
# How do I do this with scipy.stats without the loop?"""
# task_type = 'performance'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = {}
# checks = [
#     # one probability for each k = 0..n
#     'np.shape(pmf) == (40 + 1,) and np.isclose(np.sum(pmf), 1.0)',
#     'np.allclose(pmf, [math.comb(40, k) * 0.3**k * 0.7 ** (40 - k) for k in range(41)])',
#     'np.isclose(p_at_most_10, sum(math.comb(40, k) * 0.3**k * 0.7 ** (40 - k) for k in range(11)))',
# ]
# difficulty = 'basic'
# tags = ['vectorization', 'probability-distributions']
# ///
import numpy as np
from scipy import stats

n, p = 40, 0.3
# pmf evaluates every k in one call; cdf(10) sums P(X = 0..10) without building the terms
pmf = stats.binom.pmf(np.arange(n + 1), n, p)
p_at_most_10 = stats.binom.cdf(10, n, p)
