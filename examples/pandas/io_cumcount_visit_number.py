# /// example
# task = """
# Build the clinic log `visits` below (rows already in date order) and add an integer column \
# `visit_no` numbering each patient's visits 1, 2, 3, ... in row order.
#
# ```text
#   patient        date
# 0      p1  2024-01-03
# 1      p2  2024-01-04
# 2      p1  2024-01-10
# 3      p3  2024-01-11
# 4      p2  2024-01-15
# 5      p1  2024-01-20
# ```
#
# Wanted `visits`:
#
# ```text
#   patient        date  visit_no
# 0      p1  2024-01-03         1
# 1      p2  2024-01-04         1
# 2      p1  2024-01-10         2
# 3      p3  2024-01-11         1
# 4      p2  2024-01-15         2
# 5      p1  2024-01-20         3
# ```"""
# prompt = """
# In my `visits` log (already sorted by date) I want to number the visits of each patient \
# separately: first visit 1, second 2 and so on, in a new column `visit_no`.
#
# ```text
#   patient        date
# 0      p1  2024-01-03
# 1      p2  2024-01-04
# 2      p1  2024-01-10
# 3      p3  2024-01-11
# 4      p2  2024-01-15
# 5      p1  2024-01-20
# ```
#
# Expected:
#
# ```text
#   patient        date  visit_no
# 0      p1  2024-01-03         1
# 1      p2  2024-01-04         1
# 2      p1  2024-01-10         2
# 3      p3  2024-01-11         1
# 4      p2  2024-01-15         2
# 5      p1  2024-01-20         3
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'visits["visit_no"].tolist() == [1, 1, 2, 1, 2, 3]',
#     'pd.api.types.is_integer_dtype(visits["visit_no"])',
#     'visits["patient"].tolist() == ["p1", "p2", "p1", "p3", "p2", "p1"]',
# ]
# difficulty = 'intermediate'
# tags = ['groupby', 'counting']
# ///
import pandas as pd

visits = pd.DataFrame(
    {
        "patient": ["p1", "p2", "p1", "p3", "p2", "p1"],
        "date": [
            "2024-01-03",
            "2024-01-04",
            "2024-01-10",
            "2024-01-11",
            "2024-01-15",
            "2024-01-20",
        ],
    }
)
# cumcount numbers the rows of each group from 0 in their current order
visits["visit_no"] = visits.groupby("patient").cumcount() + 1
