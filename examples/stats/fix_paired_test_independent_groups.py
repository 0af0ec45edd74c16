# /// example
# task = """
# `morning` and `evening` are exam scores of two different sets of students (independent \
# samples; assume equal variances). This code should test whether their means differ and store the \
# test in `result`; it runs, but the test is the wrong one for these data:
#
# ```python
# from scipy import stats
#
# result = stats.ttest_rel(morning, evening)
# ```
#
# Fix it."""
# prompt = """
# I compared the exam scores of the `morning` class and the `evening` class, which are different \
# students, with this two-sided test, into `result`:
#
# ```python
# from scipy import stats
#
# result = stats.ttest_rel(morning, evening)
# ```
#
# It runs because both classes happen to have 40 students, but a colleague says the test is \
# wrong for my data. Can you fix it? Equal variances are fine to assume."""
# task_type = 'fix'
# domain = 'statistics'
# libraries = ['scipy.stats']
# inputs = { morning = 'groups.a', evening = 'groups.b' }
# checks = [
#     # two-sample Student statistic from the pooled variance, not the mean of paired differences
#     'np.isclose(result.statistic, (lambda n1, n2: (morning.mean() - evening.mean()) / np.sqrt(((n1 - 1) * morning.var(ddof=1) + (n2 - 1) * evening.var(ddof=1)) / (n1 + n2 - 2) * (1 / n1 + 1 / n2)))(len(morning), len(evening)))',
#     'np.isclose(result.pvalue, 2 * scipy.stats.t.sf(abs(result.statistic), len(morning) + len(evening) - 2), rtol=1e-6, atol=1e-12)',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'hypothesis-test', 't-test', 'two-sample']
# [edge_cases]
# constant = false
# why = 'a t-test needs samples that vary'
# ///
from scipy import stats

# different students: an independent two-sample test, not a paired one
result = stats.ttest_ind(morning, evening)
