# /// example
# task = """
# Build the survey table `survey` below and make `shares`: a cross-table of `age_group` (rows) by \
# `answer` (columns) holding each row's percentages (rows sum to 100), with an extra row `All` \
# giving the percentages over all respondents, rounded to 1 decimal.
#
# ```text
#   age_group answer
# 0     18-34    yes
# 1     18-34     no
# 2     35-54    yes
# 3     35-54    yes
# 4     35-54     no
# 5       55+     no
# 6       55+     no
# 7     18-34    yes
# ```
#
# Wanted `shares`:
#
# ```text
# answer        no   yes
# age_group
# 18-34       33.3  66.7
# 35-54       33.3  66.7
# 55+        100.0   0.0
# All         50.0  50.0
# ```"""
# prompt = """
# For my `survey` I need, per `age_group`, what percent answered yes/no, plus a last row `All` \
# with the overall split, rounded to 1 decimal, in `shares`:
#
# ```text
#   age_group answer
# 0     18-34    yes
# 1     18-34     no
# 2     35-54    yes
# 3     35-54    yes
# 4     35-54     no
# 5       55+     no
# 6       55+     no
# 7     18-34    yes
# ```
#
# Expected:
#
# ```text
# answer        no   yes
# age_group
# 18-34       33.3  66.7
# 35-54       33.3  66.7
# 55+        100.0   0.0
# All         50.0  50.0
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'list(shares.index) == ["18-34", "35-54", "55+", "All"] and list(shares.columns) == ["no", "yes"]',
#     'np.allclose(shares.to_numpy(dtype=float), [[33.3, 66.7], [33.3, 66.7], [100.0, 0.0], [50.0, 50.0]])',
# ]
# difficulty = 'advanced'
# tags = ['contingency-table', 'reshaping']
# ///
import pandas as pd

survey = pd.DataFrame(
    {
        "age_group": ["18-34", "18-34", "35-54", "35-54", "35-54", "55+", "55+", "18-34"],
        "answer": ["yes", "no", "yes", "yes", "no", "no", "no", "yes"],
    }
)
# normalize="index" divides each row by its total; margins=True adds the overall row "All"
shares = (
    pd.crosstab(survey["age_group"], survey["answer"], normalize="index", margins=True) * 100
).round(1)
