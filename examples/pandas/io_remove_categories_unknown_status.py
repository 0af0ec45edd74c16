# /// example
# task = """
# Build the `sites` table below, whose `status` is a categorical with the placeholder category \
# `unknown`. Remove that category so its values become missing, and count the sites per \
# remaining status (including missing as its own entry) in `status_counts`, in category order \
# with the missing count last.
#
# ```text
#   site   status
# 0    A     open
# 1    B   closed
# 2    C  unknown
# 3    D     open
# 4    E  unknown
# ```
#
# Wanted:
#
# ```text
#   site  status
# 0    A    open
# 1    B  closed
# 2    C     NaN
# 3    D    open
# 4    E     NaN
#
# status_counts
# closed    1
# open      2
# NaN       2
# ```"""
# prompt = """
# Our site register uses `unknown` as a status category, which should really be a missing \
# value. In `sites`
#
# ```text
#   site   status
# 0    A     open
# 1    B   closed
# 2    C  unknown
# 3    D     open
# 4    E  unknown
# ```
#
# drop the `unknown` category (those rows become missing) and count the statuses, missing \
# included, in category order with missing last, as `status_counts`:
#
# ```text
#   site  status
# 0    A    open
# 1    B  closed
# 2    C     NaN
# 3    D    open
# 4    E     NaN
#
# status_counts
# closed    1
# open      2
# NaN       2
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'list(sites["status"].cat.categories) == ["closed", "open"]',
#     'sites["status"].isna().tolist() == [False, False, True, False, True]',
#     'status_counts.tolist() == [1, 2, 2] and list(status_counts.index[:2]) == ["closed", "open"] and pd.isna(status_counts.index[2])',
# ]
# difficulty = 'basic'
# tags = ['categorical', 'missing-data', 'counting']
# ///
import pandas as pd

sites = pd.DataFrame(
    {
        "site": ["A", "B", "C", "D", "E"],
        "status": pd.Categorical(["open", "closed", "unknown", "open", "unknown"]),
    }
)
# values of a removed category become NaN
sites["status"] = sites["status"].cat.remove_categories(["unknown"])
# dropna=False counts the missing values too; sort=False keeps the category order
status_counts = sites["status"].value_counts(dropna=False, sort=False)
