# /// example
# task = """
# Two judges rated six wines (ties included). Build the ratings below as the lists `judge_1` and \
# `judge_2` and compute Spearman's rank correlation (ties get average ranks) with its two-sided \
# p-value, stored in `rho` and `p_value`; rounded to 4 decimals they print as shown.
#
# ```text
# judge_1 = [3, 1, 4, 4, 5, 9]
# judge_2 = [2, 1, 3, 5, 5, 8]
# ```
#
# Wanted:
#
# ```text
# rho = 0.9559, p_value = 0.0029
# ```"""
# prompt = """
# Do my two judges agree on the ranking of six wines? Ratings `judge_1` and `judge_2` (with ties):
#
# ```text
# judge_1 = [3, 1, 4, 4, 5, 9]
# judge_2 = [2, 1, 3, 5, 5, 8]
# ```
#
# I want the rank correlation `rho` and `p_value`:
#
# ```text
# rho = 0.9559, p_value = 0.0029
# ```"""
# task_type = 'input-output'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = {}
# checks = [
#     'round(float(rho), 4) == 0.9559',
#     'round(float(p_value), 4) == 0.0029',
#     # with ties, Spearman's rho is Pearson's r of the average ranks
#     'np.isclose(rho, np.corrcoef(scipy.stats.rankdata(judge_1), scipy.stats.rankdata(judge_2))[0, 1])',
#     'list(judge_1) == [3, 1, 4, 4, 5, 9] and list(judge_2) == [2, 1, 3, 5, 5, 8]',
# ]
# difficulty = 'intermediate'
# tags = ['correlation', 'ranking', 'nonparametric']
# ///
from scipy import stats

judge_1 = [3, 1, 4, 4, 5, 9]
judge_2 = [2, 1, 3, 5, 5, 8]

# spearmanr ranks both lists (ties share the average rank) and correlates the ranks
result = stats.spearmanr(judge_1, judge_2)
rho, p_value = result.statistic, result.pvalue
