# /// example
# task = """
# Two hospital wards recorded infections over different exposure times (below). Test whether \
# the infection rates per patient-day differ (two-sided) with the E-test for two Poisson means, \
# and store its statistic in `e_stat`, its p-value in `p_value`, and the two rates per 1000 \
# patient-days in `rate_a` and `rate_b`.
#
# ```text
# ward  infections  patient_days
# A             12          1000
# B              4           800
# ```
#
# Wanted:
#
# ```text
# rate_a = 12.0, rate_b = 5.0, e_stat = 1.6386, p_value = 0.1069
# ```"""
# prompt = """
# Ward A had 12 infections in 1000 patient-days, ward B 4 in 800. Is A's rate really higher, or \
# could this be chance? I'd like the two rates per 1000 patient-days (`rate_a`, `rate_b`) and a \
# two-sided test for two Poisson rates with different exposures (the E-test), giving `e_stat` \
# and `p_value`.
#
# ```text
# ward  infections  patient_days
# A             12          1000
# B              4           800
# ```
#
# I expect
#
# ```text
# rate_a = 12.0, rate_b = 5.0, e_stat = 1.6386, p_value = 0.1069
# ```"""
# task_type = 'input-output'
# domain = 'statistics'
# libraries = ['scipy.stats']
# inputs = {}
# checks = [
#     'np.isclose(rate_a, 12.0) and np.isclose(rate_b, 5.0)',
#     'np.isclose(e_stat, 1.6386, atol=5e-5)',
#     'np.isclose(p_value, 0.1069, atol=5e-5)',
# ]
# difficulty = 'intermediate'
# tags = ['hypothesis-test', 'two-sample', 'applied-science']
# ///
from scipy import stats

infections_a, days_a = 12, 1000
infections_b, days_b = 4, 800

rate_a = 1000 * infections_a / days_a
rate_b = 1000 * infections_b / days_b
# the exposures (patient-days) enter the test, not just the raw counts
result = stats.poisson_means_test(
    infections_a, days_a, infections_b, days_b, alternative="two-sided"
)
e_stat = result.statistic
p_value = result.pvalue
