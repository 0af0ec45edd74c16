# /// example
# task = """
# This code should give the mean `response` per `treatment` of the trial table `df`, in `means` \
# (a Series indexed by treatment), but it raises an error:
#
# ```python
# means = df.groupby("treatment").mean()["response"]
# ```
#
# ```text
# TypeError: category dtype does not support aggregation 'mean'
# ```
#
# Fix it."""
# prompt = """
# I want the average `response` for each `treatment` in my table `df`, stored in `means`. This is \
# what I wrote:
#
# ```python
# means = df.groupby("treatment").mean()["response"]
# ```
#
# and it fails with
#
# ```text
# TypeError: category dtype does not support aggregation 'mean'
# ```
#
# What is wrong?"""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { df = 'trial' }
# checks = [
#     'isinstance(means, pd.Series)',
#     'np.allclose(means.to_numpy(), [df.loc[df["treatment"] == level, "response"].mean() for level in means.index], equal_nan=True)',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'groupby', 'aggregation']
# edge_cases = true
# ///
# select the numeric column before aggregating: the categorical column `site` has no mean
means = df.groupby("treatment", observed=True)["response"].mean()
