# /// example
# task = """
# Compare the whole distributions of the samples `a` and `b` with the two-sample \
# Kolmogorov-Smirnov test and its asymptotic p-value; store the result in `result` (its \
# `statistic_location` is where the empirical CDFs differ most)."""
# prompt = """
# I want to compare the full distributions of samples `a` and `b` with a two-sample \
# Kolmogorov-Smirnov test using the asymptotic p-value. Store the result in `result`; I'm \
# interested in where the two empirical CDFs differ the most."""
# domain = 'statistics'
# libraries = ['scipy.stats']
# inputs = { a = 'groups.a', b = 'groups.b' }
# checks = [
#     '0 <= result.pvalue <= 1',
#     "np.isclose(result.statistic, (lambda s: np.max(np.abs(np.searchsorted(np.sort(a), s, 'right') / len(a) - np.searchsorted(np.sort(b), s, 'right') / len(b))))(np.concatenate([a, b])))",
#     'np.isclose(abs(np.mean(a <= result.statistic_location) - np.mean(b <= result.statistic_location)), result.statistic)',
#     "np.isclose(result.pvalue, scipy.stats.ks_2samp(a, b, method='asymp').pvalue)",
# ]
# difficulty = 'intermediate'
# tags = ['hypothesis-test', 'nonparametric', 'two-sample']
# edge_cases = true
# ///
from scipy import stats

# the exact p-value (the default for small samples) can fail on heavily tied data, and
# SciPy then warns and switches to the asymptotic one anyway
result = stats.ks_2samp(a, b, method="asymp")
