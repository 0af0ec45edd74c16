# /// example
# task = """
# Build the price tables `supplier_a` and `supplier_b` below (same months and parts; NaN = no \
# quote) and combine them cell by cell into `best_price`, the lower of the two quotes, or the only \
# quote where one side has none.
#
# ```text
# supplier_a:
#      bolt   nut
# jan  0.12  0.05
# feb  0.11   NaN
# mar   NaN  0.06
#
# supplier_b:
#      bolt   nut
# jan  0.10  0.07
# feb  0.13  0.04
# mar  0.12   NaN
# ```
#
# Wanted `best_price`:
#
# ```text
#      bolt   nut
# jan  0.10  0.05
# feb  0.11  0.04
# mar  0.12  0.06
# ```"""
# prompt = """
# Two suppliers quoted monthly prices per part, with gaps (NaN) where they didn't quote. I want \
# `best_price`, the cheaper quote per month and part, falling back to whichever quote exists:
#
# ```text
# supplier_a:
#      bolt   nut
# jan  0.12  0.05
# feb  0.11   NaN
# mar   NaN  0.06
#
# supplier_b:
#      bolt   nut
# jan  0.10  0.07
# feb  0.13  0.04
# mar  0.12   NaN
# ```
#
# Expected:
#
# ```text
#      bolt   nut
# jan  0.10  0.05
# feb  0.11  0.04
# mar  0.12  0.06
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = {}
# checks = [
#     'list(best_price.index) == ["jan", "feb", "mar"] and list(best_price.columns) == ["bolt", "nut"]',
#     # a plain minimum would give NaN where one supplier has no quote
#     'np.allclose(best_price.to_numpy(dtype=float), [[0.10, 0.05], [0.11, 0.04], [0.12, 0.06]])',
# ]
# difficulty = 'intermediate'
# tags = ['merging', 'missing-data']
# ///
import numpy as np
import pandas as pd

supplier_a = pd.DataFrame(
    {"bolt": [0.12, 0.11, np.nan], "nut": [0.05, np.nan, 0.06]}, index=["jan", "feb", "mar"]
)
supplier_b = pd.DataFrame(
    {"bolt": [0.10, 0.13, 0.12], "nut": [0.07, 0.04, np.nan]}, index=["jan", "feb", "mar"]
)
# combine hands each pair of columns to np.fmin, which ignores a missing price on one side
best_price = supplier_a.combine(supplier_b, np.fmin)
