# /// example
# task = """
# Build the `tickets` table below; its `priority` column is a categorical whose categories came \
# out alphabetical (`high`, `low`, `medium`). Reorder the categories to `low` < `medium` < \
# `high` as an ordered categorical (same values) and store in `by_priority` the table sorted \
# by priority from `high` down to `low`, ties in their original order.
#
# ```text
#   ticket priority
# 0   T-01      low
# 1   T-02     high
# 2   T-03   medium
# 3   T-04     high
# 4   T-05      low
# ```
#
# Wanted `by_priority`:
#
# ```text
#   ticket priority
# 1   T-02     high
# 3   T-04     high
# 2   T-03   medium
# 0   T-01      low
# 4   T-05      low
# ```"""
# prompt = """
# The `priority` column of my `tickets` table is categorical, but its categories are in \
# alphabetical order (`high`, `low`, `medium`), so sorting gives nonsense:
#
# ```text
#   ticket priority
# 0   T-01      low
# 1   T-02     high
# 2   T-03   medium
# 3   T-04     high
# 4   T-05      low
# ```
#
# Make the order `low` < `medium` < `high` (ordered) and give me `by_priority`, most urgent \
# first, keeping the original order among equal priorities:
#
# ```text
#   ticket priority
# 1   T-02     high
# 3   T-04     high
# 2   T-03   medium
# 0   T-01      low
# 4   T-05      low
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'tickets["priority"].cat.ordered and list(tickets["priority"].cat.categories) == ["low", "medium", "high"]',
#     'by_priority["ticket"].tolist() == ["T-02", "T-04", "T-03", "T-01", "T-05"] and list(by_priority.index) == [1, 3, 2, 0, 4]',
#     'tickets["priority"].astype(str).tolist() == ["low", "high", "medium", "high", "low"]',
# ]
# difficulty = 'basic'
# tags = ['categorical', 'sorting']
# ///
import pandas as pd

tickets = pd.DataFrame(
    {
        "ticket": ["T-01", "T-02", "T-03", "T-04", "T-05"],
        "priority": pd.Categorical(["low", "high", "medium", "high", "low"]),
    }
)
# reorder_categories keeps the values and only changes the order the categories sort in
tickets["priority"] = tickets["priority"].cat.reorder_categories(
    ["low", "medium", "high"], ordered=True
)
# a stable sort keeps tickets of equal priority in their original order
by_priority = tickets.sort_values("priority", ascending=False, kind="stable")
