# /// example
# task = """
# Summarise the replicates of `dose_response` (`concentration`, `response`) per concentration \
# with named aggregation: the columns `mean`, `sd` (sample standard deviation), `n` (number of \
# responses) and `sem` (sd / sqrt(n)). Store the table, indexed by concentration in increasing \
# order, in `summary`."""
# prompt = """
# For each `concentration` in my `dose_response` data I need the replicate summary: `mean`, \
# `sd` (sample SD, ddof 1), `n` and the standard error `sem` = sd / sqrt(n), as a table \
# `summary` indexed by concentration from low to high."""
# domain = 'statistics'
# libraries = ['pandas', 'numpy']
# inputs = { dose_response = 'dose_response' }
# checks = [
#     'np.allclose(summary.index.to_numpy(dtype=float), np.sort(dose_response["concentration"].unique()))',
#     'all(np.isclose(summary.loc[c, "mean"], dose_response.loc[dose_response["concentration"] == c, "response"].mean()) and summary.loc[c, "n"] == (dose_response["concentration"] == c).sum() for c in summary.index)',
#     'np.allclose(summary["sd"].to_numpy(dtype=float), [np.std(dose_response.loc[dose_response["concentration"] == c, "response"].to_numpy(), ddof=1) for c in summary.index], equal_nan=True)',
#     'np.allclose(summary["sem"].to_numpy(dtype=float), [scipy.stats.sem(dose_response.loc[dose_response["concentration"] == c, "response"].to_numpy()) for c in summary.index], equal_nan=True)',
# ]
# difficulty = 'basic'
# tags = ['groupby', 'aggregation', 'descriptive-statistics']
# edge_cases = true
# ///
import numpy as np

summary = dose_response.groupby("concentration").agg(
    mean=("response", "mean"),
    sd=("response", "std"),
    n=("response", "size"),
)
# the standard error of the mean: the spread of the replicates shrunk by sqrt(n)
summary["sem"] = summary["sd"] / np.sqrt(summary["n"])
