# /// example
# task = """
# The survey table `survey` has missing values. This code should compute Spearman's rank \
# correlation between `income` and `score` over the respondents who have both, storing the \
# coefficient in `rho` and its two-sided p-value in `p_value`, but both come out as nan:
#
# ```python
# from scipy import stats
#
# rho, p_value = stats.spearmanr(survey["income"], survey["score"])
# ```
#
# Fix it."""
# prompt = """
# Why does this give nan for both numbers?
#
# ```python
# from scipy import stats
#
# rho, p_value = stats.spearmanr(survey["income"], survey["score"])
# ```
#
# `survey` has some blanks. I want the Spearman correlation of `income` and `score` using the \
# people who answered both, in `rho` and `p_value`."""
# task_type = 'fix'
# domain = 'statistics'
# libraries = ['scipy.stats', 'pandas']
# inputs = { survey = 'survey' }
# checks = [
#     'np.isclose(rho, survey["income"].corr(survey["score"], method="spearman"))',
#     'np.isclose(p_value, scipy.stats.spearmanr(survey[["income", "score"]].dropna()["income"], survey[["income", "score"]].dropna()["score"]).pvalue)',
#     '0 <= p_value <= 1',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'correlation', 'ranking', 'missing-data']
# edge_cases = { min_size = 10, constant = false, why = "a rank correlation needs several respondents whose answers vary" }
# ///
from scipy import stats

# one missing value in either column makes the whole result nan: keep the complete pairs
complete = survey[["income", "score"]].dropna()
rho, p_value = stats.spearmanr(complete["income"], complete["score"])
