# /// example
# task = """
# Test whether the three samples `a`, `b` and `c` have equal variances with Levene's test \
# using the 10% trimmed mean as each group's centre (`center="trimmed"`, \
# `proportiontocut=0.1`), which is robust to a few outliers yet less conservative than the \
# median. Store the statistic in `w_stat` and the p-value in `p_value`."""
# prompt = """
# Before an ANOVA on `a`, `b`, `c` I want an equal-variance test that isn't thrown by a few odd \
# values: Levene's test centred on the 10% trimmed mean of each group. Please store the \
# statistic as `w_stat` and the p-value as `p_value`."""
# domain = 'statistics'
# libraries = ['scipy.stats']
# inputs = { a = 'groups.a', b = 'groups.b', c = 'groups.c' }
# checks = [
#     # Levene's W is the one-way ANOVA F of the absolute deviations from each group's centre
#     'np.isclose(w_stat, scipy.stats.f_oneway(*[np.abs(g - scipy.stats.trim_mean(g, 0.1)) for g in (a, b, c)]).statistic)',
#     'np.isclose(p_value, scipy.stats.f.sf(w_stat, 2, len(a) + len(b) + len(c) - 3))',
# ]
# difficulty = 'intermediate'
# tags = ['hypothesis-test', 'equal-variance', 'k-sample', 'robust-statistics']
# edge_cases = { min_size = 5, constant = false, why = "a spread test needs several varying values per group" }
# # before SciPy 1.17 center="trimmed" also trimmed the deviations themselves (scipy PR 23557)
# requires = { scipy = ">=1.17" }
# ///
from scipy import stats

# proportiontocut=0.1 trims 10% from each end of a group before taking its mean
w_stat, p_value = stats.levene(a, b, c, center="trimmed", proportiontocut=0.1)
