# /// example
# task = """
# Build the five (dose, response) pairs below as the lists `dose` and `response` and test whether \
# response increases with dose with an exact one-sided permutation test of Pearson's correlation: \
# the null distribution re-pairs the responses with the doses in all 5! = 120 orders. Store the \
# observed correlation in `r`, the one-sided p-value (alternative: positive correlation) in \
# `p_value` and the size of the null distribution in `n_permutations`.
#
# ```text
# dose      1.0  2.0  3.0  4.0  5.0
# response  2.1  3.9  3.2  5.8  6.1
# ```
#
# Wanted:
#
# ```text
# r = 0.9165, p_value = 0.025 (= 3/120), n_permutations = 120
# ```"""
# prompt = """
# Five data points are too few for me to trust the t-based p-value of a correlation. I'd like an \
# exact permutation version: shuffle which `response` goes with which `dose` in all 120 ways and \
# see how often Pearson's r is at least the observed one (one-sided, positive). Please give `r`, \
# `p_value` and `n_permutations`:
#
# ```text
# dose      1.0  2.0  3.0  4.0  5.0
# response  2.1  3.9  3.2  5.8  6.1
# ```
#
# I expect
#
# ```text
# r = 0.9165, p_value = 0.025 (= 3/120), n_permutations = 120
# ```"""
# task_type = 'input-output'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = {}
# checks = [
#     'round(float(r), 4) == 0.9165',
#     'np.isclose(p_value, 3 / 120)',
#     'int(n_permutations) == 120',
#     'np.isclose(r, np.corrcoef(dose, response)[0, 1])',
#     'list(dose) == [1.0, 2.0, 3.0, 4.0, 5.0] and list(response) == [2.1, 3.9, 3.2, 5.8, 6.1]',
# ]
# difficulty = 'intermediate'
# tags = ['bootstrap', 'correlation', 'hypothesis-test', 'test-alternative']
# ///
import numpy as np
from scipy import stats

dose = [1.0, 2.0, 3.0, 4.0, 5.0]
response = [2.1, 3.9, 3.2, 5.8, 6.1]


def pearson_r(shuffled_response):
    return stats.pearsonr(dose, shuffled_response).statistic


# permutation_type="pairings" permutes one sample's order against the fixed doses
result = stats.permutation_test(
    (response,),
    pearson_r,
    permutation_type="pairings",
    n_resamples=np.inf,
    alternative="greater",
)
r = result.statistic
p_value = result.pvalue
n_permutations = len(result.null_distribution)
