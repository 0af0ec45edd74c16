# /// example
# task = """
# This code should give the share of each answer in `answers` in `shares`, counting unanswered \
# questions (missing values) as their own category, so that the shares describe all respondents. \
# It leaves the missing answers out, so "yes" comes out too high:
#
# ```python
# import pandas as pd
#
# answers = pd.Series(["yes", "no", None, "yes", "yes", None, None, "yes"], name="answer")
# shares = answers.value_counts(normalize=True)
# ```
#
# Fix it."""
# prompt = """
# In my survey `answers` some people skipped the question. I want `shares`, the proportion of \
# each answer among all respondents, with the skipped ones as a separate (missing) category:
#
# ```python
# import pandas as pd
#
# answers = pd.Series(["yes", "no", None, "yes", "yes", None, None, "yes"], name="answer")
# shares = answers.value_counts(normalize=True)
# ```
#
# That says 80% answered "yes", but only half of the respondents did."""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'np.isclose(shares.sum(), 1.0)',
#     'np.isclose(shares["yes"], (answers == "yes").sum() / len(answers)) and np.isclose(shares["no"], (answers == "no").sum() / len(answers))',
#     '(lambda missing: len(missing) == 1 and np.isclose(missing[0], answers.isna().sum() / len(answers)))([share for answer, share in shares.items() if pd.isna(answer)])',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'counting', 'missing-data']
# ///
import pandas as pd

answers = pd.Series(["yes", "no", None, "yes", "yes", None, None, "yes"], name="answer")
# value_counts drops missing values before normalising unless dropna=False
shares = answers.value_counts(normalize=True, dropna=False)
