# /// example
# task = """
# For every column of the DataFrame `measurements`, compute a 95% confidence interval for the \
# mean with `scipy.stats.t.interval` (n - 1 degrees of freedom, centred on the sample mean, \
# scaled by the standard error); store them in the DataFrame `ci` indexed by column name with \
# columns `low` and `high`."""
# prompt = """
# For every column of the DataFrame `measurements`, compute a 95% t confidence interval for the \
# mean (n - 1 degrees of freedom, centred on the sample mean, scaled by the standard error) using \
# scipy's t distribution. Store them in a DataFrame `ci` indexed by column name with columns \
# `low` and `high`."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'pandas']
# inputs = { measurements = 'measurements' }
# checks = [
#     "list(ci.index) == list(measurements.columns) and list(ci.columns) == ['low', 'high']",
#     # a column whose standard error is 0 (its variance underflows for values near 1e-300)
#     # has no interval: NaN
#     "(lambda ok: np.allclose(((ci['low'] + ci['high']) / 2)[ok], measurements.mean()[ok]) and ci[~ok].isna().all().all())(measurements.sem() > 0)",
#     "(lambda ok: np.allclose((ci['high'] - ci['low'])[ok], 2 * scipy.stats.t.ppf(0.975, len(measurements) - 1) * measurements.sem()[ok]))(measurements.sem() > 0)",
# ]
# difficulty = 'intermediate'
# tags = ['confidence-interval', 'probability-distributions', 'column-wise']
# [edge_cases]
# min_size = 2
# constant = false
# why = 'a t interval needs two or more observations per column and a standard error above 0'
# ///
import pandas as pd
from scipy import stats


def mean_ci(column, confidence=0.95):
    # the standard t is shifted to the mean and stretched by the standard error (sem uses ddof=1)
    return stats.t.interval(confidence, len(column) - 1, loc=column.mean(), scale=stats.sem(column))


ci = pd.DataFrame(
    [mean_ci(column) for _, column in measurements.items()],
    index=measurements.columns,
    columns=["low", "high"],
)
