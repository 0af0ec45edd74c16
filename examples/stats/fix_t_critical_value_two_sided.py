# /// example
# task = """
# `weights` is a sample of package weights. This code should give the two-sided 95% \
# t confidence interval for the mean weight as the pair `(low, high)` in `ci`:
#
# ```python
# import numpy as np
# from scipy import stats
#
# n = len(weights)
# mean = np.mean(weights)
# sem = np.std(weights, ddof=1) / np.sqrt(n)
# t_crit = stats.t.ppf(0.95, df=n - 1)
# ci = (mean - t_crit * sem, mean + t_crit * sem)
# ```
#
# It runs, but the interval is too narrow: in simulations it covers the true mean only about 90% \
# of the time. Fix it."""
# prompt = """
# I compute a `95`% confidence interval for the mean of `weights` by hand and keep it in `ci` as \
# `(low, high)`:
#
# ```python
# import numpy as np
# from scipy import stats
#
# n = len(weights)
# mean = np.mean(weights)
# sem = np.std(weights, ddof=1) / np.sqrt(n)
# t_crit = stats.t.ppf(0.95, df=n - 1)
# ci = (mean - t_crit * sem, mean + t_crit * sem)
# ```
#
# A simulation shows it only covers the true mean ~90% of the time. Where's the mistake?"""
# task_type = 'fix'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { weights = 'values' }
# checks = [
#     # a two-sided 95% interval leaves 2.5% in each tail: the 0.975 quantile of t with n - 1 df
#     '(lambda h: np.isclose(ci[0], np.mean(weights) - h, rtol=1e-9, atol=1e-9 * (1 + np.abs(weights).max())) and np.isclose(ci[1], np.mean(weights) + h, rtol=1e-9, atol=1e-9 * (1 + np.abs(weights).max())))(scipy.stats.t.ppf(0.975, len(weights) - 1) * np.std(weights, ddof=1) / np.sqrt(len(weights)))',
#     'ci[0] <= ci[1]',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'confidence-interval', 'probability-distributions', 't-test']
# edge_cases = { min_size = 2, why = "a t interval needs at least two weights for its standard error" }
# ///
import numpy as np
from scipy import stats

n = len(weights)
mean = np.mean(weights)
sem = np.std(weights, ddof=1) / np.sqrt(n)
# ppf(0.95) is the one-sided critical value; two-sided 95% needs 2.5% in each tail
t_crit = stats.t.ppf(0.975, df=n - 1)
ci = (mean - t_crit * sem, mean + t_crit * sem)
