# /// example
# task = """
# Build the two samples below as lists `a` and `b`, run a two-sided Mann-Whitney U test of `a` \
# against `b`, and store the U statistic (for `a`) in `u_stat` and the p-value in `p_value`; \
# rounded they print as shown.
#
# ```text
# a = [12.1, 14.3, 11.8, 15.2, 13.9, 12.7]
# b = [16.4, 15.8, 17.2, 14.9, 18.1, 16.6, 15.5]
# ```
#
# Wanted:
#
# ```text
# U = 1.0, p = 0.0023
# ```"""
# prompt = """
# I measured two small groups and want the test's `u_stat` and `p_value`:
#
# ```text
# a = [12.1, 14.3, 11.8, 15.2, 13.9, 12.7]
# b = [16.4, 15.8, 17.2, 14.9, 18.1, 16.6, 15.5]
# ```
#
# A two-sided Mann-Whitney test should give me (rounded to what's shown)
#
# ```text
# U = 1.0, p = 0.0023
# ```
#
# How do I get those numbers into `u_stat` and `p_value`?"""
# task_type = 'input-output'
# domain = 'statistics'
# libraries = ['scipy.stats']
# inputs = {}
# checks = [
#     'round(float(u_stat), 1) == 1.0',
#     'round(float(p_value), 4) == 0.0023',
#     'np.isclose(p_value, scipy.stats.mannwhitneyu([12.1, 14.3, 11.8, 15.2, 13.9, 12.7], [16.4, 15.8, 17.2, 14.9, 18.1, 16.6, 15.5]).pvalue)',
# ]
# difficulty = 'basic'
# tags = ['nonparametric', 'two-sample', 'hypothesis-test']
# ///
from scipy import stats

a = [12.1, 14.3, 11.8, 15.2, 13.9, 12.7]
b = [16.4, 15.8, 17.2, 14.9, 18.1, 16.6, 15.5]
# small samples without ties: method="auto" uses the exact null distribution
u_stat, p_value = stats.mannwhitneyu(a, b, alternative="two-sided")
