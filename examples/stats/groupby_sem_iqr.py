# /// example
# task = """
# Summarize the replicate `response` values per `concentration` of the dose-response table \
# `dose_response`: store in `summary` a DataFrame with one row per concentration and the columns \
# `count`, `mean`, `sem` (standard error of the mean, `scipy.stats.sem`) and `iqr` (interquartile \
# range, `scipy.stats.iqr`)."""
# prompt = """
# Summarise the replicate `response` values per `concentration` in my dose-response table \
# `dose_response`: I want a DataFrame `summary` with one row per concentration and exactly the \
# columns `count`, `mean`, `sem` (standard error of the mean, sample SD based) and `iqr` \
# (interquartile range), in that order, using scipy's sem and iqr."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'pandas']
# inputs = { dose_response = 'dose_response' }
# checks = [
#     "list(summary.columns) == ['count', 'mean', 'sem', 'iqr']",
#     "set(summary.index) == set(dose_response['concentration'].dropna().unique())",
#     # a concentration with a single replicate has no standard error: NaN in both
#     "np.allclose(summary['sem'], dose_response.groupby('concentration')['response'].std() / np.sqrt(summary['count']), equal_nan=True)",
#     "np.allclose(summary['iqr'], dose_response.groupby('concentration')['response'].quantile(0.75) - dose_response.groupby('concentration')['response'].quantile(0.25))",
# ]
# difficulty = 'intermediate'
# tags = ['descriptive-statistics', 'groupby', 'column-wise']
# edge_cases = true
# ///
from scipy import stats

summary = dose_response.groupby("concentration")["response"].agg(
    # agg names each column after its function, so stats.sem and stats.iqr give 'sem' and 'iqr'
    ["count", "mean", stats.sem, stats.iqr]
)
