# /// example
# task = """
# This code should keep the rows of `survey` whose `age` and `income` are both above their column \
# medians, in `subset`, but it raises an error:
#
# ```python
# subset = survey[(survey["age"] > survey["age"].median()) and (survey["income"] > survey["income"].median())]
# ```
#
# ```text
# ValueError: The truth value of a Series is ambiguous. Use a.empty, a.item(), a.any() or a.all().
# ```
#
# Fix it."""
# prompt = """
# From my `survey` table I want the respondents who are older than the median `age` and also earn \
# more than the median `income`, in `subset`:
#
# ```python
# subset = survey[(survey["age"] > survey["age"].median()) and (survey["income"] > survey["income"].median())]
# ```
#
# fails with
#
# ```text
# ValueError: The truth value of a Series is ambiguous. Use a.empty, a.item(), a.any() or a.all().
# ```
#
# How do I combine the two conditions?"""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { survey = 'survey' }
# checks = [
#     'list(subset.columns) == list(survey.columns)',
#     'np.array_equal(subset.to_numpy(), survey.to_numpy()[(survey["age"].to_numpy() > survey["age"].median()) & (survey["income"].to_numpy() > survey["income"].median())], equal_nan=True)',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'row-selection']
# edge_cases = true
# ///
# `and` asks for one True/False of a whole Series; `&` combines the two masks row by row
older = survey["age"] > survey["age"].median()
richer = survey["income"] > survey["income"].median()
subset = survey[older & richer]
