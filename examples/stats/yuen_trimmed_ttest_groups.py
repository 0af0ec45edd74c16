# /// example
# task = """
# Compare the means of the independent samples `a` and `b` with Yuen's trimmed-mean t-test, \
# which trims 20% from each end of each sample and is robust to outliers \
# (`scipy.stats.ttest_ind` with `trim=0.2`, unequal variances). Store the statistic in \
# `t_stat`, the p-value in `p_value`, and the 20% trimmed means of `a` and `b` in \
# `trimmed_a` and `trimmed_b`."""
# prompt = """
# My two groups `a` and `b` may contain outliers, so instead of the ordinary t-test I want \
# Yuen's test on 20% trimmed means (Welch-type, no equal-variance assumption). Give me \
# `t_stat`, `p_value` and the two trimmed means `trimmed_a`, `trimmed_b`."""
# domain = 'statistics'
# libraries = ['scipy.stats']
# inputs = { a = 'groups.a', b = 'groups.b' }
# checks = [
#     'np.isclose(trimmed_a, scipy.stats.trim_mean(a, 0.2)) and np.isclose(trimmed_b, scipy.stats.trim_mean(b, 0.2))',
#     'np.isclose(t_stat, scipy.stats.ttest_ind(a, b, trim=0.2, equal_var=False).statistic)',
#     'np.isclose(p_value, scipy.stats.ttest_ind(a, b, trim=0.2, equal_var=False).pvalue)',
# ]
# difficulty = 'intermediate'
# tags = ['t-test', 'two-sample', 'robust-statistics', 'equal-variance']
# edge_cases = { min_size = 5, constant = false, why = "a trimmed t-test needs varying values left after trimming 20% from each end" }
# ///
from scipy import stats

# trim=0.2 gives Yuen's test: trimmed means with winsorized variances; equal_var=False keeps it Welch-type
t_stat, p_value = stats.ttest_ind(a, b, equal_var=False, trim=0.2)
trimmed_a = stats.trim_mean(a, 0.2)
trimmed_b = stats.trim_mean(b, 0.2)
