# /// example
# task = """
# This code should rank the sites of the trial table `df` by their mean `response`, highest first, \
# in `ranked` (a Series indexed by site), but it raises an error:
#
# ```python
# ranked = df.groupby("site", observed=True)["response"].mean().sort_values("response", ascending=False)
# ```
#
# ```text
# TypeError: Series.sort_values() takes 1 positional argument but 2 positional arguments (and 1 keyword-only argument) were given
# ```
#
# Fix it."""
# prompt = """
# I'm trying to rank the sites in my trial table `df` by their average `response`, best site first, \
# and keep the result in `ranked`. My code:
#
# ```python
# ranked = df.groupby("site", observed=True)["response"].mean().sort_values("response", ascending=False)
# ```
#
# gives me
#
# ```text
# TypeError: Series.sort_values() takes 1 positional argument but 2 positional arguments (and 1 keyword-only argument) were given
# ```
#
# I thought I had to tell it which column to sort by. What's going on?"""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { df = 'trial' }
# checks = [
#     'isinstance(ranked, pd.Series)',
#     'set(ranked.index) == set(df["site"])',
#     'np.allclose(ranked.to_numpy(), [df.loc[df["site"] == site, "response"].mean() for site in ranked.index])',
#     'bool(np.all(np.diff(ranked.to_numpy()) <= 0))',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'groupby', 'sorting']
# edge_cases = true
# ///
# the mean per site is a Series with one column of values: sort_values takes no column name
ranked = df.groupby("site", observed=True)["response"].mean().sort_values(ascending=False)
