# /// example
# task = """
# Build the table `students` below and add a text column `result`: `fail` when `attendance` is \
# below 0.75 whatever the score, otherwise `distinction` for a `score` of 85 or more, `pass` for \
# 50 or more, and `fail` below 50.
#
# ```text
#   name  score  attendance
# 0  ana     91        0.95
# 1  ben     85        0.80
# 2   cy     50        0.75
# 3  dee     40        0.90
# 4  eve     88        0.60
# ```
#
# Wanted `students`:
#
# ```text
#   name  score  attendance       result
# 0  ana     91        0.95  distinction
# 1  ben     85        0.80  distinction
# 2   cy     50        0.75         pass
# 3  dee     40        0.90         fail
# 4  eve     88        0.60         fail
# ```"""
# prompt = """
# I need a `result` column for `students` with rules checked in order: attendance under 0.75 is \
# always `fail`; otherwise score 85+ is `distinction`, 50+ is `pass`, and the rest `fail`:
#
# ```text
#   name  score  attendance
# 0  ana     91        0.95
# 1  ben     85        0.80
# 2   cy     50        0.75
# 3  dee     40        0.90
# 4  eve     88        0.60
# ```
#
# Expected:
#
# ```text
#   name  score  attendance       result
# 0  ana     91        0.95  distinction
# 1  ben     85        0.80  distinction
# 2   cy     50        0.75         pass
# 3  dee     40        0.90         fail
# 4  eve     88        0.60         fail
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'students["result"].tolist() == ["distinction", "distinction", "pass", "fail", "fail"]',
#     'students["score"].tolist() == [91, 85, 50, 40, 88]',
# ]
# difficulty = 'intermediate'
# tags = ['recoding', 'derived-columns']
# ///
import numpy as np
import pandas as pd

students = pd.DataFrame(
    {
        "name": ["ana", "ben", "cy", "dee", "eve"],
        "score": [91, 85, 50, 40, 88],
        "attendance": [0.95, 0.80, 0.75, 0.90, 0.60],
    }
)
# np.select takes the first condition that holds, so the attendance rule goes first
conditions = [
    students["attendance"] < 0.75,
    students["score"] >= 85,
    students["score"] >= 50,
]
students["result"] = np.select(conditions, ["fail", "distinction", "pass"], default="fail")
