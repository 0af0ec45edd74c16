# /// example
# task = """
# This code should put the `age` of each patient in the trial table `df` into the groups "under \
# 40" (below 40), "40-59" and "60 and over", in `age_group` (one label per row of `df`):
#
# ```python
# import pandas as pd
#
# age_group = pd.cut(df["age"], bins=[0, 40, 60, 120], labels=["under 40", "40-59", "60 and over"])
# ```
#
# It runs, but patients aged exactly 40 land in "under 40" and those aged 60 in "40-59". Fix it."""
# prompt = """
# I'm binning the `age` column of my trial table `df` into "under 40", "40-59" and "60 and over" \
# and keep the labels in `age_group`:
#
# ```python
# import pandas as pd
#
# age_group = pd.cut(df["age"], bins=[0, 40, 60, 120], labels=["under 40", "40-59", "60 and over"])
# ```
#
# Checking a few rows, a 40-year-old ends up in "under 40" and a 60-year-old in "40-59". How do I \
# get the boundaries right?"""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { df = 'trial' }
# checks = [
#     'len(age_group) == len(df)',
#     'list(pd.Series(age_group).astype(str)) == ["under 40" if age < 40 else "40-59" if age < 60 else "60 and over" for age in df["age"]]',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'binning', 'categorical']
# edge_cases = true
# ///
import pandas as pd

# intervals are closed on the right by default, (40, 60]; right=False makes them [40, 60)
age_group = pd.cut(
    df["age"], bins=[0, 40, 60, 120], right=False, labels=["under 40", "40-59", "60 and over"]
)
