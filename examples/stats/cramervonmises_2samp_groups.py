# /// example
# task = """
# Compare the whole distributions of the independent samples `a` and `b` with the two-sample \
# Cramer-von Mises test. Store the statistic in `statistic` and the p-value in `p_value`, and \
# for comparison the two-sample Kolmogorov-Smirnov p-value in `ks_p_value`."""
# prompt = """
# I want to know whether samples `a` and `b` come from the same distribution, not just whether \
# their means differ. Run the two-sample Cramer-von Mises test (`statistic`, `p_value`) and, to \
# compare, the two-sample KS test's p-value in `ks_p_value`."""
# domain = 'statistics'
# libraries = ['scipy.stats']
# inputs = { a = 'groups.a', b = 'groups.b' }
# checks = [
#     'np.isclose(statistic, scipy.stats.cramervonmises_2samp(a, b).statistic)',
#     'np.isclose(p_value, scipy.stats.cramervonmises_2samp(a, b).pvalue)',
#     'np.isclose(ks_p_value, scipy.stats.ks_2samp(a, b).pvalue)',
#     '0 <= p_value <= 1',
# ]
# difficulty = 'basic'
# tags = ['hypothesis-test', 'nonparametric', 'two-sample', 'goodness-of-fit']
# edge_cases = true
# ///
from scipy import stats

# the Cramer-von Mises statistic integrates the squared gap between the two ECDFs
cvm = stats.cramervonmises_2samp(a, b)
statistic, p_value = cvm.statistic, cvm.pvalue
ks_p_value = stats.ks_2samp(a, b).pvalue
