# /// example
# task = """
# Measure the rank association between `age` and `hours` in the DataFrame `survey`, which has \
# missing values, with Kendall's tau; drop incomplete pairs via nan_policy="omit" and store the \
# result in `result`. Raise a ValueError when fewer than two complete pairs remain (tau is NaN \
# when either variable is constant over the complete pairs)."""
# prompt = """
# My DataFrame `survey` has missing values in `age` and `hours`. Compute Kendall's tau between \
# them, omitting incomplete pairs via scipy's NaN policy, and store it in `result`. Raise a \
# ValueError if fewer than two complete pairs remain (tau being NaN when a variable is constant \
# is fine)."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'pandas']
# inputs = { survey = 'survey' }
# checks = [
#     "np.isnan(result.statistic) == (survey[['age', 'hours']].dropna().nunique().min() < 2)",
#     'np.isnan(result.statistic) or (-1 <= result.statistic <= 1 and 0 <= result.pvalue <= 1)',
#     "np.isclose(result.statistic, scipy.stats.kendalltau(*survey[['age', 'hours']].dropna().to_numpy().T).statistic, equal_nan=True)",
#     "np.isclose(result.statistic, survey['age'].corr(survey['hours'], method='kendall'), equal_nan=True)",
# ]
# difficulty = 'basic'
# tags = ['correlation', 'ranking', 'missing-data', 'error-handling', 'validation']
# [edge_cases]
# nan = true
# raises = 'ValueError'
# why = 'the task is about missing values, so generated surveys have them too; with fewer than two complete pairs left the snippet raises ValueError'
# ///
from scipy import stats

complete_pairs = survey[["age", "hours"]].notna().all(axis=1).sum()
if complete_pairs < 2:
    raise ValueError(f"Kendall's tau needs at least two complete pairs, got {complete_pairs}")
# without nan_policy="omit" a single NaN makes the statistic NaN
result = stats.kendalltau(survey["age"], survey["hours"], nan_policy="omit")
