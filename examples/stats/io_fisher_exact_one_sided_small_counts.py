# /// example
# task = """
# Build the 2 x 2 table of counts below as the array `table` (rows: vaccinated, unvaccinated; \
# columns: protected, infected). The counts are too small for a chi-square test, so test with \
# Fisher's exact test whether vaccinated people have higher odds of being protected (a one-sided \
# alternative). Store the sample odds ratio in `odds_ratio` and the one-sided p-value in `p_value`; \
# rounded to 4 decimals they print as shown.
#
# ```text
#               protected  infected
# vaccinated            8         2
# unvaccinated          1         5
# ```
#
# Wanted:
#
# ```text
# odds_ratio = 20.0, p_value = 0.0245
# ```"""
# prompt = """
# A tiny pilot, counts in `table`:
#
# ```text
#               protected  infected
# vaccinated            8         2
# unvaccinated          1         5
# ```
#
# I only care whether vaccination increases the odds of protection (one-sided), and with cells \
# this small I want an exact test. I'm hoping for `odds_ratio` and `p_value` like
#
# ```text
# odds_ratio = 20.0, p_value = 0.0245
# ```"""
# task_type = 'input-output'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = {}
# checks = [
#     'np.isclose(odds_ratio, 20.0)',
#     'round(float(p_value), 4) == 0.0245',
#     # one-sided exact p: hypergeometric chance of 8 or more protected among the 10 vaccinated
#     'np.isclose(p_value, scipy.stats.hypergeom.sf(7, 16, 9, 10))',
#     'np.asarray(table).tolist() == [[8, 2], [1, 5]]',
# ]
# difficulty = 'intermediate'
# tags = ['contingency-table', 'hypothesis-test', 'test-alternative', 'effect-size']
# ///
import numpy as np
from scipy import stats

table = np.array([[8, 2], [1, 5]])
# alternative="greater": the odds ratio of the first row is larger than 1
result = stats.fisher_exact(table, alternative="greater")
odds_ratio, p_value = result.statistic, result.pvalue
