# /// example
# task = """
# Build the table of counts below as the array `table` (rows: education level low/mid/high, \
# columns: job satisfaction low/mid/high, both ordered) and measure how well education predicts \
# satisfaction with Somers' D, the asymmetric ordinal association D(satisfaction | education) with \
# the rows as the independent variable. Store it in `somers_d` and its p-value in `p_value`; \
# rounded they print as shown.
#
# ```text
#                sat_low  sat_mid  sat_high
# edu_low             10        5         2
# edu_mid              4        8         6
# edu_high             1        3         9
# ```
#
# Wanted:
#
# ```text
# somers_d = 0.4809, p_value = 6.56e-06
# ```"""
# prompt = """
# Both variables in my survey `table` are ordinal, and I want an asymmetric measure of how much \
# education (rows) tells me about satisfaction (columns): Somers' D with rows as the predictor, \
# `somers_d`, and its `p_value`.
#
# ```text
#                sat_low  sat_mid  sat_high
# edu_low             10        5         2
# edu_mid              4        8         6
# edu_high             1        3         9
# ```
#
# I expect
#
# ```text
# somers_d = 0.4809, p_value = 6.56e-06
# ```"""
# task_type = 'input-output'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = {}
# checks = [
#     'round(float(somers_d), 4) == 0.4809',
#     'np.isclose(p_value, 6.56e-06, rtol=0, atol=5e-9)',
#     # by definition: (concordant - discordant pairs) / pairs not tied on the row variable
#     'np.isclose(somers_d, sum(table[i][j] * table[k][m] * np.sign(m - j) for i in range(3) for j in range(3) for k in range(i + 1, 3) for m in range(3)) / ((np.sum(table) ** 2 - np.sum(np.sum(table, axis=1) ** 2)) / 2))',
#     'np.asarray(table).tolist() == [[10, 5, 2], [4, 8, 6], [1, 3, 9]]',
# ]
# difficulty = 'advanced'
# tags = ['correlation', 'contingency-table', 'effect-size']
# ///
import numpy as np
from scipy import stats

table = np.array([[10, 5, 2], [4, 8, 6], [1, 3, 9]])
# somersd reads a table's rows as the independent variable: the result is D(columns | rows)
result = stats.somersd(table)
somers_d = result.statistic
p_value = result.pvalue
