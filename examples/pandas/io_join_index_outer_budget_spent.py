# /// example
# task = """
# Build `budget` and `spent` below (both indexed by `item`) and combine them side by side on the \
# index, keeping every item that appears in either table; add `left_over` = `budget` - `spent`. \
# Store the result in `report`, items in sorted order.
#
# ```text
# budget:
#         budget
# item
# rent       500
# food       300
# travel     200
#
# spent:
#        spent
# item
# rent     480
# food     350
# gifts     60
# ```
#
# Wanted `report`:
#
# ```text
#         budget  spent  left_over
# item
# food     300.0  350.0      -50.0
# gifts      NaN   60.0        NaN
# rent     500.0  480.0       20.0
# travel   200.0    NaN        NaN
# ```"""
# prompt = """
# I have a `budget` and a `spent` table indexed by `item`; some items are only in one of them. I \
# want them side by side in `report` with every item kept (sorted) and `left_over` = budget minus \
# spent (NaN where a side is missing):
#
# ```text
# budget:
#         budget
# item
# rent       500
# food       300
# travel     200
#
# spent:
#        spent
# item
# rent     480
# food     350
# gifts     60
# ```
#
# Expected:
#
# ```text
#         budget  spent  left_over
# item
# food     300.0  350.0      -50.0
# gifts      NaN   60.0        NaN
# rent     500.0  480.0       20.0
# travel   200.0    NaN        NaN
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'report.index.tolist() == ["food", "gifts", "rent", "travel"]',
#     'np.allclose(report[["budget", "spent", "left_over"]].to_numpy(dtype=float), [[300, 350, -50], [np.nan, 60, np.nan], [500, 480, 20], [200, np.nan, np.nan]], equal_nan=True)',
# ]
# difficulty = 'basic'
# tags = ['merging', 'index-alignment']
# ///
import pandas as pd

budget = pd.DataFrame(
    {"budget": [500, 300, 200]}, index=pd.Index(["rent", "food", "travel"], name="item")
)
spent = pd.DataFrame(
    {"spent": [480, 350, 60]}, index=pd.Index(["rent", "food", "gifts"], name="item")
)
# how="outer" keeps items found in either table; the missing side becomes NaN
report = budget.join(spent, how="outer")
report["left_over"] = report["budget"] - report["spent"]
