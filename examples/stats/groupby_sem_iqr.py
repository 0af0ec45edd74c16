# /// example
# task = """
# Summarize `response` by `treatment` in the DataFrame `trial`: store in `summary` a DataFrame \
# with one row per treatment and the columns `count`, `mean`, `sem` (standard error of the mean, \
# `scipy.stats.sem`) and `iqr` (interquartile range, `scipy.stats.iqr`)."""
# prompt = """
# Summarise `response` by `treatment` in my DataFrame `trial`: I want a DataFrame `summary` with \
# one row per treatment and exactly the columns `count`, `mean`, `sem` (standard error of the \
# mean, sample SD based) and `iqr` (interquartile range), in that order, using scipy's sem and \
# iqr."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'pandas']
# inputs = { trial = 'trial' }
# checks = [
#     "list(summary.columns) == ['count', 'mean', 'sem', 'iqr']",
#     "set(summary.index) == set(trial['treatment'].dropna().unique())",
#     # a single-patient arm has no standard error: NaN in both
#     "np.allclose(summary['sem'], trial.groupby('treatment', observed=True)['response'].std() / np.sqrt(summary['count']), equal_nan=True)",
#     "np.allclose(summary['iqr'], trial.groupby('treatment', observed=True)['response'].quantile(0.75) - trial.groupby('treatment', observed=True)['response'].quantile(0.25))",
# ]
# difficulty = 'intermediate'
# tags = ['descriptive-statistics', 'groupby', 'column-wise']
# edge_cases = true
# ///
from scipy import stats

summary = trial.groupby("treatment", observed=True)["response"].agg(
    ["count", "mean", stats.sem, stats.iqr]
)
