# /// example
# task = """
# This code computes a bootstrap standard error `se` and a 95% percentile confidence interval \
# `ci` (a `(low, high)` pair) for the mean of `sample`, from 2000 resamples, one resample per \
# loop iteration:
#
# ```python
# import numpy as np
#
# rng = np.random.default_rng(0)
# boot_means = []
# for _ in range(2000):
#     resample = rng.choice(sample, size=len(sample), replace=True)
#     boot_means.append(resample.mean())
# boot_means = np.array(boot_means)
# se = boot_means.std(ddof=1)
# ci = tuple(np.percentile(boot_means, [2.5, 97.5]))
# ```
#
# Replace the Python loop with a vectorised bootstrap that gives the same quantities (the \
# random draws may differ)."""
# prompt = """
# My bootstrap of the mean of `sample` is a slow Python loop:
#
# ```python
# import numpy as np
#
# rng = np.random.default_rng(0)
# boot_means = []
# for _ in range(2000):
#     resample = rng.choice(sample, size=len(sample), replace=True)
#     boot_means.append(resample.mean())
# boot_means = np.array(boot_means)
# se = boot_means.std(ddof=1)
# ci = tuple(np.percentile(boot_means, [2.5, 97.5]))
# ```
#
# I run this for thousands of variables. How can I get `se` and the `95`% percentile interval \
# `ci` without looping over resamples?"""
# task_type = 'performance'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { sample = 'uniform_values' }
# checks = [
#     # the bootstrap standard error of a mean estimates std(ddof=0) / sqrt(n)
#     'np.isclose(se, np.std(sample) / np.sqrt(len(sample)), rtol=0.1, atol=1e-9 * (1 + np.max(np.abs(sample))))',
#     'ci[0] <= np.mean(sample) + 1e-9 * (1 + np.max(np.abs(sample))) and np.mean(sample) - 1e-9 * (1 + np.max(np.abs(sample))) <= ci[1]',
#     'ci[1] - ci[0] <= 6 * np.std(sample) / np.sqrt(len(sample)) + 1e-9 * (1 + np.max(np.abs(sample)))',
# ]
# difficulty = 'basic'
# tags = ['vectorization', 'bootstrap', 'confidence-interval']
# edge_cases = { min_size = 2, why = "a bootstrap needs at least two observations to resample" }
# ///
import numpy as np
from scipy import stats

# np.mean accepts `axis`, so all resamples are drawn and averaged in one array operation
result = stats.bootstrap(
    (sample,),
    np.mean,
    n_resamples=2000,
    confidence_level=0.95,
    method="percentile",
    random_state=np.random.default_rng(0),
)
se = result.standard_error
ci = (result.confidence_interval.low, result.confidence_interval.high)
