# /// example
# task = """
# Run a one-way ANOVA on the independent samples `a`, `b` and `c`, stored in `result`, and \
# compute the effect size eta squared (between-group sum of squares over total sum of squares) in \
# `eta_squared`."""
# prompt = """
# Run a one-way ANOVA on the three independent groups `a`, `b` and `c` (store it in `result`) and \
# report the effect size eta squared, the between-group sum of squares divided by the total sum \
# of squares, in `eta_squared`."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { a = 'groups.a', b = 'groups.b', c = 'groups.c' }
# checks = [
#     # equal group means give F = 0 up to rounding; scipy returns a NaN p-value when that
#     # rounding lands below 0
#     '0 <= result.pvalue <= 1 or (np.isnan(result.pvalue) and not result.statistic > 0)',
#     '0 <= eta_squared <= 1',
#     # F and eta^2 are two views of the same sums of squares
#     'np.isclose(eta_squared, result.statistic * 2 / (result.statistic * 2 + len(a) + len(b) + len(c) - 3))',
# ]
# difficulty = 'intermediate'
# tags = ['hypothesis-test', 'k-sample', 'effect-size']
# [edge_cases]
# constant = false
# why = "ANOVA's F and eta squared need samples that vary"
# ///
import numpy as np
from scipy import stats

groups = [a, b, c]
result = stats.f_oneway(*groups)

pooled = np.concatenate(groups)
# each group's mean deviation counts once per member, putting ss_between on ss_total's scale
ss_between = sum(len(g) * (g.mean() - pooled.mean()) ** 2 for g in groups)
ss_total = np.sum((pooled - pooled.mean()) ** 2)
eta_squared = ss_between / ss_total
