# /// example
# task = """
# Build the ticket table below as `tickets` (`priority` an ordered categorical with the \
# categories low < medium < high < urgent), keep the tickets of priority medium or lower in \
# `calm`, and count them per priority in `calm_counts` listing only the priorities that occur, \
# in category order (not the empty high and urgent rows).
#
# ```text
#    ticket priority
# 0       1      low
# 1       2     high
# 2       3      low
# 3       4   medium
# 4       5      low
# ```
#
# Wanted `calm_counts`:
#
# ```text
# priority
# low       3
# medium    1
# ```"""
# prompt = """
# My `tickets` have an ordered categorical `priority` (low < medium < high < urgent):
#
# ```text
#    ticket priority
# 0       1      low
# 1       2     high
# 2       3      low
# 3       4   medium
# 4       5      low
# ```
#
# I filter the ones at medium or below into `calm` and count them per priority as `calm_counts`, \
# but `value_counts` still lists high and urgent with 0. I only want the priorities that are left, \
# in their category order:
#
# ```text
# priority
# low       3
# medium    1
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'list(calm_counts.index) == ["low", "medium"] and calm_counts.tolist() == [3, 1]',
#     'calm["ticket"].tolist() == [1, 3, 4, 5]',
# ]
# difficulty = 'intermediate'
# tags = ['categorical', 'counting', 'row-selection']
# ///
import pandas as pd

tickets = pd.DataFrame(
    {
        "ticket": [1, 2, 3, 4, 5],
        "priority": pd.Categorical(
            ["low", "high", "low", "medium", "low"],
            categories=["low", "medium", "high", "urgent"],
            ordered=True,
        ),
    }
)
calm = tickets[tickets["priority"] <= "medium"]
# a filtered categorical keeps every category; drop the ones no row uses before counting
calm_counts = calm["priority"].cat.remove_unused_categories().value_counts(sort=False)
