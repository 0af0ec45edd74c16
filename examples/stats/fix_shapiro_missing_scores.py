# /// example
# task = """
# This code should test whether the `score` column of the table `survey` is normally \
# distributed with the Shapiro-Wilk test, storing the statistic in `w_stat` and the p-value in \
# `p_value`:
#
# ```python
# from scipy import stats
#
# w_stat, p_value = stats.shapiro(survey["score"])
# ```
#
# It runs, but both results are NaN because some scores are missing. Fix it so the test uses \
# the answered scores, and store how many were used in `n_used`."""
# prompt = """
# Shapiro-Wilk on the `score` column of my `survey` gives NaN for both numbers:
#
# ```python
# from scipy import stats
#
# w_stat, p_value = stats.shapiro(survey["score"])
# ```
#
# Some respondents skipped the question. I want the test on the non-missing scores (`w_stat`, \
# `p_value`) and how many went in (`n_used`)."""
# task_type = 'fix'
# domain = 'statistics'
# libraries = ['scipy.stats', 'pandas']
# inputs = { survey = 'survey' }
# checks = [
#     'n_used == survey["score"].notna().sum()',
#     'np.isclose(w_stat, scipy.stats.shapiro(survey["score"].dropna().to_numpy()).statistic)',
#     'np.isclose(p_value, scipy.stats.shapiro(survey["score"].dropna().to_numpy()).pvalue)',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'normality', 'missing-data', 'hypothesis-test']
# edge_cases = { min_size = 3, constant = false, why = "Shapiro-Wilk needs at least three differing scores" }
# ///
from scipy import stats

# by default a single missing score turns both results into NaN: drop the missing ones first
scores = survey["score"].dropna()
n_used = len(scores)
w_stat, p_value = stats.shapiro(scores)
