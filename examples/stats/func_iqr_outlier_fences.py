# /// example
# task = '''
# Write the function `tukey_outliers` below and apply it to the sample `readings`, storing the
# mask in `is_outlier`.
#
# ```python
# def tukey_outliers(x, k=1.5):
#     """Boolean mask of Tukey outliers in the 1-D array-like x.
#
#     A value is an outlier when it lies strictly below Q1 - k * IQR or
#     strictly above Q3 + k * IQR, where Q1, Q3 are the 25th and 75th
#     percentiles (linear interpolation) of the non-NaN values. NaN values
#     are never outliers. Returns an all-False mask if x has no non-NaN value.
#     """
# ```'''
# prompt = """
# I flag outliers with Tukey's fences. Please write `tukey_outliers(x, k=1.5)` returning a \
# boolean mask: True for values strictly outside [Q1 - k*IQR, Q3 + k*IQR], with quartiles from \
# the non-missing values (default linear percentiles); NaN is never flagged and an all-NaN or \
# empty input gives all False. Run it on `readings` into `is_outlier`."""
# task_type = 'function'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { readings = 'skewed' }
# checks = [
#     'np.array_equal(is_outlier, (readings < np.percentile(readings, 25) - 1.5 * (np.percentile(readings, 75) - np.percentile(readings, 25))) | (readings > np.percentile(readings, 75) + 1.5 * (np.percentile(readings, 75) - np.percentile(readings, 25))))',
#     # Q1 = 2, Q3 = 4, IQR = 2: fences at -1 and 7; -1.0 and 7.0 sit on the fences and are not outliers
#     'list(tukey_outliers([7.0, 1.0, 2.0, 3.0, -1.0, 3.0, 4.0, 7.5, 3.0])) == [False] * 7 + [True, False]',
#     'list(tukey_outliers([1.0, np.nan, 2.0, 3.0, 40.0])) == [False, False, False, False, True]',
#     # k = 3 widens the fences: Q1 = 3.5, Q3 = 8.5, upper fence 23.5 (16 with k = 1.5)
#     'list(tukey_outliers([1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 23.5, 28.0], k=3.0)) == [False] * 10 + [True]',
#     'list(tukey_outliers([np.nan, np.nan])) == [False, False] and len(tukey_outliers([])) == 0',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'outliers', 'quantiles', 'missing-data']
# edge_cases = true
# ///
import numpy as np
from scipy import stats


def tukey_outliers(x, k=1.5):
    """Boolean mask of Tukey outliers in the 1-D array-like x.

    A value is an outlier when it lies strictly below Q1 - k * IQR or
    strictly above Q3 + k * IQR, where Q1, Q3 are the 25th and 75th
    percentiles (linear interpolation) of the non-NaN values. NaN values
    are never outliers. Returns an all-False mask if x has no non-NaN value.
    """
    x = np.asarray(x, dtype=float)
    valid = x[~np.isnan(x)]
    if valid.size == 0:
        return np.zeros(x.shape, dtype=bool)
    q1, q3 = np.percentile(valid, [25, 75])
    spread = stats.iqr(valid)
    # comparisons with NaN are False, so missing values are never flagged
    return (x < q1 - k * spread) | (x > q3 + k * spread)


is_outlier = tukey_outliers(readings)
