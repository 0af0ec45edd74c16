# /// example
# task = """
# Find the smallest number of subjects per group, `n_per_group`, for which a two-sided two-sample \
# t-test at alpha = 0.05 reaches 80% power to detect a standardized effect size (Cohen's d) of \
# 0.5, computing power from the noncentral t distribution in a function `two_sample_power(n)`; \
# store the power reached in `achieved_power`."""
# prompt = """
# How many subjects per group do I need for a two-sided two-sample t-test at alpha = 0.05 to have \
# 80% power for an effect size of Cohen's d = 0.5? Write a function `two_sample_power(n)` \
# computing power from the noncentral t distribution (df = 2n - 2, noncentrality d sqrt(n/2), \
# counting both rejection tails), find the smallest such `n_per_group`, and store the power it \
# reaches in `achieved_power`."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = {}
# checks = [
#     'achieved_power >= 0.80 > two_sample_power(n_per_group - 1)',
#     # the textbook answer for d = 0.5, alpha = 0.05, power = 0.8 (64), recomputed: the first n whose
#     # two-sided power, P(|T| > t_crit) under the noncentral t with df = 2n - 2 and nc = d sqrt(n / 2), reaches 0.8
#     'n_per_group == next(n for n in range(2, 1000) if (lambda df, nc, tc: scipy.stats.nct.sf(tc, df, nc) + scipy.stats.nct.cdf(-tc, df, nc))(2 * n - 2, 0.5 * math.sqrt(n / 2), scipy.stats.t.ppf(0.975, 2 * n - 2)) >= 0.8)',
# ]
# difficulty = 'advanced'
# tags = ['hypothesis-test', 't-test']
# ///
import numpy as np
from scipy import stats

effect_size, alpha, target_power = 0.5, 0.05, 0.80


def two_sample_power(n, d=effect_size, alpha=alpha):
    df = 2 * n - 2
    noncentrality = d * np.sqrt(n / 2)
    t_crit = stats.t.ppf(1 - alpha / 2, df)
    # probability that the test statistic lands in either rejection region under H1
    return stats.nct.sf(t_crit, df, noncentrality) + stats.nct.cdf(-t_crit, df, noncentrality)


n_per_group = 2
while two_sample_power(n_per_group) < target_power:
    n_per_group += 1
achieved_power = two_sample_power(n_per_group)
