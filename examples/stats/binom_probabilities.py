# /// example
# task = """
# For a binomial count `dist` with 20 trials and success probability 0.3, compute the \
# probability of at least 8 successes (`p_at_least_8`), of exactly 6 (`p_exactly_6`), and the \
# whole probability mass function over 0..20 (21 values) in `pmf`."""
# prompt = """
# A count follows a binomial distribution with 20 trials and success probability 0.3; set it up \
# as a frozen scipy distribution `dist`. What's the probability of at least 8 successes \
# (`p_at_least_8`) and of exactly 6 (`p_exactly_6`)? Also give me the full probability mass \
# function over 0..20 (21 values) in `pmf`."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = {}
# checks = [
#     'np.isclose(p_at_least_8, pmf[8:].sum()) and np.isclose(p_at_least_8, 1 - dist.cdf(7))',
#     'np.isclose(p_exactly_6, math.comb(20, 6) * 0.3**6 * 0.7**14)',
#     'pmf.shape == (21,) and np.isclose(pmf.sum(), 1)',
#     'np.allclose(pmf, [math.comb(20, k) * 0.3**k * 0.7**(20 - k) for k in range(21)])',
# ]
# difficulty = 'basic'
# tags = ['probability-distributions']
# ///
import numpy as np
from scipy import stats

dist = stats.binom(n=20, p=0.3)
p_at_least_8 = dist.sf(7)  # sf(k) is P(X > k), so P(X >= 8) = sf(7)
p_exactly_6 = dist.pmf(6)
pmf = dist.pmf(np.arange(21))
