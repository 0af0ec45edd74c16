# /// example
# task = """
# A help desk receives on average 3 calls per hour, modelled as a Poisson count. Store the \
# probability of an hour with no calls in `p_none`, the probability of at most 5 calls in \
# `p_at_most_5`, and the smallest number of calls `capacity` that covers at least 95% of hours \
# (the smallest k with P(X <= k) >= 0.95).
#
# ```text
# mean rate = 3 calls per hour, coverage = 0.95
# ```
#
# Wanted:
#
# ```text
# p_none = 0.0498, p_at_most_5 = 0.9161, capacity = 6
# ```"""
# prompt = """
# Calls to our help desk average 3 per hour. What's the chance of a silent hour (`p_none`), of 5 \
# calls or fewer (`p_at_most_5`), and how many calls per hour (`capacity`) should we staff for so \
# that 95% of hours are covered?
#
# ```text
# mean rate = 3 calls per hour, coverage = 0.95
# ```
#
# I think the answer is
#
# ```text
# p_none = 0.0498, p_at_most_5 = 0.9161, capacity = 6
# ```"""
# task_type = 'input-output'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = {}
# checks = [
#     'round(float(p_none), 4) == 0.0498',
#     'round(float(p_at_most_5), 4) == 0.9161',
#     'int(capacity) == 6',
#     'scipy.stats.poisson.cdf(capacity - 1, 3) < 0.95 <= scipy.stats.poisson.cdf(capacity, 3)',
#     # by the formula: exp(-3) 3^k / k!, summed for the cumulative probability
#     'np.isclose(p_at_most_5, sum(math.exp(-3) * 3**k / math.factorial(k) for k in range(6)))',
# ]
# difficulty = 'intermediate'
# tags = ['probability-distributions', 'quantiles']
# ///
from scipy import stats

calls = stats.poisson(mu=3)
p_none = calls.pmf(0)
p_at_most_5 = calls.cdf(5)
# for a discrete distribution ppf(q) is the smallest k with cdf(k) >= q
capacity = int(calls.ppf(0.95))
