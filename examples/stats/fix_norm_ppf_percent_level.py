# /// example
# task = """
# This code should compute a 95% normal-approximation confidence interval for the mean of \
# `values` (mean +/- z * standard error, with the ddof=1 standard error) and store the bounds \
# in `ci_low` and `ci_high`:
#
# ```python
# import numpy as np
# from scipy import stats
#
# z = stats.norm.ppf(97.5)
# se = stats.sem(values)
# ci_low, ci_high = np.mean(values) - z * se, np.mean(values) + z * se
# ```
#
# It runs, but both bounds are NaN. Fix it."""
# prompt = """
# My 95% CI for the mean of `values` (normal approximation, mean +/- z * SEM with ddof=1) comes \
# out as NaN, NaN:
#
# ```python
# import numpy as np
# from scipy import stats
#
# z = stats.norm.ppf(97.5)
# se = stats.sem(values)
# ci_low, ci_high = np.mean(values) - z * se, np.mean(values) + z * se
# ```
#
# I need real `ci_low` and `ci_high`."""
# task_type = 'fix'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { values = 'paired.b' }
# checks = [
#     'np.isclose(ci_low, np.mean(values) - 1.959963984540054 * np.std(values, ddof=1) / np.sqrt(len(values)))',
#     'np.isclose(ci_high, np.mean(values) + 1.959963984540054 * np.std(values, ddof=1) / np.sqrt(len(values)))',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'confidence-interval', 'probability-distributions']
# edge_cases = { min_size = 2, why = "a standard error with ddof=1 needs two values" }
# ///
import numpy as np
from scipy import stats

# ppf takes a probability in [0, 1]; 97.5 is outside, so it returned NaN
z = stats.norm.ppf(0.975)
se = stats.sem(values)
ci_low, ci_high = np.mean(values) - z * se, np.mean(values) + z * se
