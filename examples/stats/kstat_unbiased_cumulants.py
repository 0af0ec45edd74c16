# /// example
# task = """
# Estimate the second and third cumulants of the sample `x` without bias using k-statistics \
# (`scipy.stats.kstat`): store k2 in `k2`, k3 in `k3`, and the unbiased estimate of the \
# variance of k2 (`scipy.stats.kstatvar`) in `k2_var`."""
# prompt = """
# For a method-of-moments fit I need unbiased cumulant estimates of my sample `x`: the \
# k-statistics k2 (`k2`) and k3 (`k3`), plus an unbiased estimate of the variance of k2 \
# (`k2_var`)."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { x = 'paired.a' }
# checks = [
#     # k2 is the ddof=1 variance; k3 = n^2 / ((n - 1)(n - 2)) * m3
#     'np.isclose(k2, np.var(x, ddof=1))',
#     'np.isclose(k3, len(x) ** 2 / ((len(x) - 1) * (len(x) - 2)) * np.mean((x - x.mean()) ** 3), atol=1e-9 * max(1.0, np.abs(x).max()) ** 3)',
#     'np.isclose(k2_var, scipy.stats.kstatvar(x, 2))',
# ]
# difficulty = 'intermediate'
# tags = ['descriptive-statistics']
# edge_cases = { min_size = 4, why = "the variance of k2 uses the fourth k-statistic, which needs four values" }
# ///
from scipy import stats

# k-statistics are the unbiased estimators of the cumulants, unlike the raw sample moments
k2 = stats.kstat(x, n=2)
k3 = stats.kstat(x, n=3)
k2_var = stats.kstatvar(x, n=2)
