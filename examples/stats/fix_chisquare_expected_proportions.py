# /// example
# task = """
# The trial table `df` should have enrolled 40% of patients at the "north" site, 30% at "south" \
# and 30% at "east". This code should run a chi-square goodness-of-fit test of the site counts \
# against that plan and store it in `result`, but it raises an error:
#
# ```python
# from scipy import stats
#
# observed = df["site"].value_counts().reindex(["north", "south", "east"])
# result = stats.chisquare(observed, f_exp=[0.4, 0.3, 0.3])
# ```
#
# ```text
# ValueError: For each axis slice, the sum of the observed frequencies must agree with the sum of the expected frequencies to a relative tolerance of 1.4901161193847656e-08, but the percent differences are:
# ```
#
# Fix it."""
# prompt = """
# Our enrolment plan was 40% of patients at "north", 30% at "south" and 30% at "east". I want a \
# chi-square goodness-of-fit test of the site counts in my table `df` against that plan, in \
# `result`:
#
# ```python
# from scipy import stats
#
# observed = df["site"].value_counts().reindex(["north", "south", "east"])
# result = stats.chisquare(observed, f_exp=[0.4, 0.3, 0.3])
# ```
#
# It stops with
#
# ```text
# ValueError: For each axis slice, the sum of the observed frequencies must agree with the sum of the expected frequencies to a relative tolerance of 1.4901161193847656e-08, but the percent differences are:
# ```
#
# How do I fix it?"""
# task_type = 'fix'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy', 'pandas']
# inputs = { df = 'trial' }
# checks = [
#     # Pearson's statistic against expected counts = planned shares x number of patients
#     'np.isclose(result.statistic, sum((np.sum(df["site"] == site) - share * len(df)) ** 2 / (share * len(df)) for site, share in [("north", 0.4), ("south", 0.3), ("east", 0.3)]))',
#     'np.isclose(result.pvalue, scipy.stats.chi2.sf(result.statistic, 2), rtol=1e-6, atol=1e-12)',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'hypothesis-test', 'goodness-of-fit', 'counting']
# [edge_cases]
# one_level = false
# why = 'the plan covers all three sites, so the site column keeps its three categories'
# ///
import numpy as np
from scipy import stats

observed = df["site"].value_counts().reindex(["north", "south", "east"])
# f_exp takes expected counts, not shares: scale the planned shares by the number of patients
expected = np.array([0.4, 0.3, 0.3]) * observed.sum()
result = stats.chisquare(observed, f_exp=expected)
