# /// example
# task = """
# Each part in a batch of 10 is defective with probability 0.1, independently. Using the binomial \
# distribution, store the probability of exactly 2 defective parts in `p_exactly_2`, of at most 2 \
# in `p_at_most_2` and of more than 2 in `p_more_than_2`; rounded to 4 decimals they print as shown.
#
# ```text
# n = 10 parts, p = 0.1 defect rate
# ```
#
# Wanted:
#
# ```text
# p_exactly_2 = 0.1937, p_at_most_2 = 0.9298, p_more_than_2 = 0.0702
# ```"""
# prompt = """
# Quality control question: with a 0.1 defect rate and batches of 10 parts,
#
# ```text
# n = 10 parts, p = 0.1 defect rate
# ```
#
# what are the chances of exactly 2 bad parts (`p_exactly_2`), at most 2 (`p_at_most_2`) and more \
# than 2 (`p_more_than_2`)? I worked out
#
# ```text
# p_exactly_2 = 0.1937, p_at_most_2 = 0.9298, p_more_than_2 = 0.0702
# ```"""
# task_type = 'input-output'
# domain = 'statistics'
# libraries = ['scipy.stats']
# inputs = {}
# checks = [
#     'round(float(p_exactly_2), 4) == 0.1937',
#     'round(float(p_at_most_2), 4) == 0.9298',
#     'round(float(p_more_than_2), 4) == 0.0702',
#     # by the formula: sum of C(10, k) 0.1^k 0.9^(10-k) for k = 0, 1, 2
#     'np.isclose(p_at_most_2, sum(math.comb(10, k) * 0.1**k * 0.9 ** (10 - k) for k in range(3)))',
# ]
# difficulty = 'basic'
# tags = ['probability-distributions']
# ///
from scipy import stats

defects = stats.binom(n=10, p=0.1)
p_exactly_2 = defects.pmf(2)
p_at_most_2 = defects.cdf(2)
# sf(2) is P(X > 2), computed directly rather than as 1 - cdf
p_more_than_2 = defects.sf(2)
