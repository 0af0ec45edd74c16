# /// example
# task = """
# Each of the 20 items in a batch is defective with probability 0.05, independently. This code \
# should store in `p_at_least_3` the probability that a batch has at least 3 defective items, \
# and in `p_at_most_1` the probability of at most 1:
#
# ```python
# from scipy import stats
#
# p_at_least_3 = stats.binom.sf(3, 20, 0.05)
# p_at_most_1 = stats.binom.cdf(1, 20, 0.05)
# ```
#
# It runs, but `p_at_least_3` is too small. Fix it."""
# prompt = """
# Batches of `20` items, each defective with probability `0.05`. I want P(at least `3` \
# defective) in `p_at_least_3` and P(at most `1`) in `p_at_most_1`:
#
# ```python
# from scipy import stats
#
# p_at_least_3 = stats.binom.sf(3, 20, 0.05)
# p_at_most_1 = stats.binom.cdf(1, 20, 0.05)
# ```
#
# My simulation says about 7.5% of batches have 3 or more defects, but this gives 1.6%. Why?"""
# task_type = 'fix'
# domain = 'statistics'
# libraries = ['scipy.stats']
# inputs = {}
# checks = [
#     'math.isclose(p_at_least_3, sum(math.comb(20, k) * 0.05**k * 0.95 ** (20 - k) for k in range(3, 21)), rel_tol=1e-9)',
#     'math.isclose(p_at_most_1, sum(math.comb(20, k) * 0.05**k * 0.95 ** (20 - k) for k in range(0, 2)), rel_tol=1e-9)',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'probability-distributions']
# ///
from scipy import stats

# sf(k) is P(X > k), so P(X >= 3) is sf(2) for a discrete distribution
p_at_least_3 = stats.binom.sf(2, 20, 0.05)
p_at_most_1 = stats.binom.cdf(1, 20, 0.05)
