# /// example
# task = """
# Build the task list `todo` below and sort it into `ordered`: by `priority` in the order high, \
# medium, low (not alphabetical), and within a priority by `due` ascending; keep the original row \
# labels.
#
# ```text
#      task priority         due
# 0  report      low  2024-06-03
# 1   email     high  2024-06-05
# 2  backup   medium  2024-06-01
# 3  review     high  2024-06-02
# 4    call      low  2024-06-01
# ```
#
# Wanted `ordered`:
#
# ```text
#      task priority         due
# 3  review     high  2024-06-02
# 1   email     high  2024-06-05
# 2  backup   medium  2024-06-01
# 4    call      low  2024-06-01
# 0  report      low  2024-06-03
# ```"""
# prompt = """
# Sorting my `todo` list by `priority` gives high, low, medium (alphabetical). I need the order \
# high, medium, low, and the earliest `due` first inside each priority, in `ordered`:
#
# ```text
#      task priority         due
# 0  report      low  2024-06-03
# 1   email     high  2024-06-05
# 2  backup   medium  2024-06-01
# 3  review     high  2024-06-02
# 4    call      low  2024-06-01
# ```
#
# Expected:
#
# ```text
#      task priority         due
# 3  review     high  2024-06-02
# 1   email     high  2024-06-05
# 2  backup   medium  2024-06-01
# 4    call      low  2024-06-01
# 0  report      low  2024-06-03
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'ordered["task"].tolist() == ["review", "email", "backup", "call", "report"]',
#     'list(ordered.index) == [3, 1, 2, 4, 0]',
#     'ordered["priority"].astype(str).tolist() == ["high", "high", "medium", "low", "low"]',
# ]
# difficulty = 'intermediate'
# tags = ['sorting', 'categorical']
# ///
import pandas as pd

todo = pd.DataFrame(
    {
        "task": ["report", "email", "backup", "review", "call"],
        "priority": ["low", "high", "medium", "high", "low"],
        "due": ["2024-06-03", "2024-06-05", "2024-06-01", "2024-06-02", "2024-06-01"],
    }
)
# an ordered categorical sorts by its category order instead of alphabetically
rank = pd.CategoricalDtype(["high", "medium", "low"], ordered=True)
ordered = todo.sort_values(
    ["priority", "due"], key=lambda col: col.astype(rank) if col.name == "priority" else col
)
