# /// example
# task = """
# This code should build `table`, the mean `response` of the trial table `df` with one row per \
# `site` and one column per `treatment`, but it raises an error:
#
# ```python
# table = df.pivot(index="site", columns="treatment", values="response")
# ```
#
# ```text
# ValueError: Index contains duplicate entries, cannot reshape
# ```
#
# Fix it."""
# prompt = """
# I want a table of average `response` from my trial data `df` with one row per `site` and one \
# column per `treatment`, in `table`. I tried
#
# ```python
# table = df.pivot(index="site", columns="treatment", values="response")
# ```
#
# and got
#
# ```text
# ValueError: Index contains duplicate entries, cannot reshape
# ```
#
# There are many patients per site and treatment, and I want their mean. How?"""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { df = 'trial_missing' }
# checks = [
#     'set(table.index) == set(df["site"]) and set(table.columns) == set(df["treatment"])',
#     'all(np.isclose(table.loc[site, treatment], df.loc[(df["site"] == site) & (df["treatment"] == treatment), "response"].mean(), equal_nan=True) for site in table.index for treatment in table.columns)',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'reshaping', 'aggregation']
# edge_cases = true
# ///
# pivot only reshapes and needs one row per site and treatment; pivot_table averages the duplicates
table = df.pivot_table(
    index="site", columns="treatment", values="response", aggfunc="mean", observed=True
)
