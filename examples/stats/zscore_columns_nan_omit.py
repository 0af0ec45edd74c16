# /// example
# task = """
# Standardize every column of the DataFrame `survey`, which has missing values, to z-scores with \
# `scipy.stats.zscore`, ignoring NaNs when computing each column's mean and standard deviation \
# and keeping them in place; store the result as the DataFrame `standardized`."""
# prompt = """
# My DataFrame `survey` has missing values. Convert every column to z-scores with scipy's zscore \
# (population standard deviation), ignoring NaNs when computing each column's mean and SD and \
# keeping the NaNs where they are; store the result as a DataFrame `standardized` with the same \
# columns."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'pandas']
# inputs = { survey = 'survey' }
# checks = [
#     'standardized.shape == survey.shape and list(standardized.columns) == list(survey.columns)',
#     'standardized[survey.isna()].isna().all().all()',
#     # a column without spread has z-scores 0 / 0 (NaN, or rounding noise when its mean is
#     # inexact), and so has one whose variance underflows (values near 1e-170)
#     '(lambda varying: standardized.isna().loc[:, varying].equals(survey.isna().loc[:, varying]) and np.allclose(standardized.loc[:, varying], ((survey - survey.mean()) / survey.std(ddof=0)).loc[:, varying], equal_nan=True))((survey.nunique() > 1) & (survey.std(ddof=0) > 0))',
# ]
# difficulty = 'basic'
# tags = ['standardization', 'missing-data', 'column-wise']
# [edge_cases]
# nan = true
# extra_columns = false
# why = 'the task is about missing values, so generated surveys have them too; with nan on, the strategy also writes +-inf into an extra column, and an infinite reading is not a missing value'
# ///
from scipy import stats

# nan_policy="omit" skips NaNs in the mean and std and leaves them as NaN in the output
standardized = survey.apply(stats.zscore, nan_policy="omit")
