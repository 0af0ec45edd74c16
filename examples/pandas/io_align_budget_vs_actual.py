# /// example
# task = """
# Build the two tables below as `budget` and `actual` (cost lines as index, quarters as columns) \
# and compute `variance` = actual minus budget over the union of their lines and quarters, a line \
# or quarter missing from one table counting as 0 there, rows and columns sorted.
#
# ```text
# budget:
#            Q1     Q2
# rent    100.0  120.0
# travel   50.0   60.0
#
# actual:
#              Q1     Q2     Q3
# rent      100.0  118.0  119.0
# travel     65.0   40.0    0.0
# software   20.0    0.0    5.0
# ```
#
# Wanted `variance`:
#
# ```text
#             Q1    Q2     Q3
# rent       0.0  -2.0  119.0
# software  20.0   0.0    5.0
# travel    15.0 -20.0    0.0
# ```"""
# prompt = """
# My `budget` only covers two quarters and two cost lines, while `actual` already has Q3 and a new \
# `software` line:
#
# ```text
# budget:
#            Q1     Q2
# rent    100.0  120.0
# travel   50.0   60.0
#
# actual:
#              Q1     Q2     Q3
# rent      100.0  118.0  119.0
# travel     65.0   40.0    0.0
# software   20.0    0.0    5.0
# ```
#
# Subtracting gives NaN everywhere they don't overlap. I want `variance` (actual - budget) with \
# anything unbudgeted treated as a budget of 0, rows and columns sorted:
#
# ```text
#             Q1    Q2     Q3
# rent       0.0  -2.0  119.0
# software  20.0   0.0    5.0
# travel    15.0 -20.0    0.0
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'variance.index.tolist() == ["rent", "software", "travel"] and variance.columns.tolist() == ["Q1", "Q2", "Q3"]',
#     'np.allclose(variance.to_numpy(dtype=float), [[0.0, -2.0, 119.0], [20.0, 0.0, 5.0], [15.0, -20.0, 0.0]])',
# ]
# difficulty = 'intermediate'
# tags = ['index-alignment', 'missing-data']
# ///
import pandas as pd

budget = pd.DataFrame({"Q1": [100.0, 50.0], "Q2": [120.0, 60.0]}, index=["rent", "travel"])
actual = pd.DataFrame(
    {"Q1": [100.0, 65.0, 20.0], "Q2": [118.0, 40.0, 0.0], "Q3": [119.0, 0.0, 5.0]},
    index=["rent", "travel", "software"],
)
# sub with fill_value=0 treats a cell present in only one table as 0 in the other
variance = actual.sub(budget, fill_value=0).sort_index().sort_index(axis=1)
