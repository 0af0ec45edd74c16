# /// example
# task = """
# Build the waiting times (minutes) of the three clinics below as the lists `clinic_a`, \
# `clinic_b` and `clinic_c` and run Mood's median test of whether they share a median: count, \
# per clinic, the values above the grand median of all 18 values and those not above it (values \
# equal to the grand median count as not above). Store the grand median in `grand_median`, the \
# 2 x 3 table of counts (row 0 above, row 1 not above; one column per clinic) in `counts`, the \
# chi-square statistic (no continuity correction) in `chi2_stat` and its p-value in `p_value`.
#
# ```text
# clinic_a  12  15  11  19  14  13
# clinic_b  18  21  15  22  17  20
# clinic_c  15  16  13  14  25  12
# ```
#
# Wanted:
#
# ```text
# grand_median = 15.0
# counts = [[1, 5, 2],
#           [5, 1, 4]]
# chi2_stat = 5.85, p_value = 0.0537
# ```"""
# prompt = """
# Do my three clinics have the same median waiting time? I'd like Mood's median test (ties with \
# the grand median go to the "not above" row, plain chi-square without Yates): the grand median \
# `grand_median`, the above / not-above table `counts` (one column per clinic), `chi2_stat` and \
# `p_value`.
#
# ```text
# clinic_a  12  15  11  19  14  13
# clinic_b  18  21  15  22  17  20
# clinic_c  15  16  13  14  25  12
# ```
#
# I expect
#
# ```text
# grand_median = 15.0
# counts = [[1, 5, 2],
#           [5, 1, 4]]
# chi2_stat = 5.85, p_value = 0.0537
# ```"""
# task_type = 'input-output'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = {}
# checks = [
#     'np.isclose(grand_median, 15.0)',
#     'np.array_equal(np.asarray(counts), [[1, 5, 2], [5, 1, 4]])',
#     'np.isclose(chi2_stat, 5.85)',
#     'np.isclose(p_value, 0.0537, atol=5e-5)',
# ]
# difficulty = 'intermediate'
# tags = ['nonparametric', 'k-sample', 'hypothesis-test', 'contingency-table']
# ///
from scipy import stats

clinic_a = [12, 15, 11, 19, 14, 13]
clinic_b = [18, 21, 15, 22, 17, 20]
clinic_c = [15, 16, 13, 14, 25, 12]

# ties="below" puts values equal to the grand median in the "not above" row
result = stats.median_test(clinic_a, clinic_b, clinic_c, ties="below", correction=False)
grand_median = result.median
counts = result.table
chi2_stat = result.statistic
p_value = result.pvalue
