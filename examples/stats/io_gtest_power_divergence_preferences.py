# /// example
# task = """
# Build the observed counts below as `observed` and test whether the three flavours are equally \
# preferred with the likelihood-ratio G-test (`power_divergence` with \
# `lambda_="log-likelihood"`) instead of Pearson's chi-square. Store the G statistic in \
# `g_stat` and the p-value in `p_value`.
#
# ```text
# vanilla  chocolate  strawberry
#      43         21          36
# ```
#
# Wanted:
#
# ```text
# g_stat = 8.0349, p_value = 0.01800
# ```"""
# prompt = """
# 100 customers picked a flavour:
#
# ```text
# vanilla  chocolate  strawberry
#      43         21          36
# ```
#
# Is that consistent with equal preference? I'd like the G-test (log-likelihood ratio), not the \
# usual chi-square. Store the counts in `observed`, the statistic in `g_stat` and the p-value in \
# `p_value`; I expect
#
# ```text
# g_stat = 8.0349, p_value = 0.01800
# ```"""
# task_type = 'input-output'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = {}
# checks = [
#     'np.isclose(g_stat, 8.0349, atol=5e-5)',
#     'np.isclose(p_value, 0.01800, atol=5e-6)',
#     'np.array_equal(observed, [43, 21, 36])',
# ]
# difficulty = 'intermediate'
# tags = ['goodness-of-fit', 'hypothesis-test', 'counting']
# ///
import numpy as np
from scipy import stats

observed = np.array([43, 21, 36])
# lambda_="log-likelihood" gives G = 2 * sum(O * ln(O / E)); expected counts default to equal
g_stat, p_value = stats.power_divergence(observed, lambda_="log-likelihood")
