# /// example
# task = """
# Build the table `incomes` below and the bracket table `brackets` (each bracket covers [lower, \
# next lower) in euros; the last is open-ended) and add `rate` to `incomes`: the rate of the \
# bracket each `income` falls in, with a bracket's lower bound belonging to it.
#
# ```text
# incomes:
#   person  income
# 0    ana   11000
# 1    ben   12000
# 2     cy   45500
# 3    dee   70000
#
# brackets:
#    lower  rate
# 0      0  0.00
# 1  12000  0.14
# 2  45000  0.30
# 3  70000  0.42
# ```
#
# Wanted `incomes`:
#
# ```text
#   person  income  rate
# 0    ana   11000  0.00
# 1    ben   12000  0.14
# 2     cy   45500  0.30
# 3    dee   70000  0.42
# ```"""
# prompt = """
# I need to look up each person's tax `rate` from a bracket table. A bracket starts at its `lower` \
# value (inclusive) and ends where the next begins; the top one has no upper end. How do I add the \
# `rate` to `incomes`?
#
# ```text
# incomes:
#   person  income
# 0    ana   11000
# 1    ben   12000
# 2     cy   45500
# 3    dee   70000
#
# brackets:
#    lower  rate
# 0      0  0.00
# 1  12000  0.14
# 2  45000  0.30
# 3  70000  0.42
# ```
#
# Expected:
#
# ```text
#   person  income  rate
# 0    ana   11000  0.00
# 1    ben   12000  0.14
# 2     cy   45500  0.30
# 3    dee   70000  0.42
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'np.allclose(incomes["rate"].to_numpy(dtype=float), [0.0, 0.14, 0.30, 0.42])',
#     'incomes["person"].tolist() == ["ana", "ben", "cy", "dee"] and incomes["income"].tolist() == [11000, 12000, 45500, 70000]',
# ]
# difficulty = 'advanced'
# tags = ['binning', 'indexing']
# ///
import numpy as np
import pandas as pd

incomes = pd.DataFrame(
    {"person": ["ana", "ben", "cy", "dee"], "income": [11000, 12000, 45500, 70000]}
)
brackets = pd.DataFrame({"lower": [0, 12000, 45000, 70000], "rate": [0.00, 0.14, 0.30, 0.42]})
# closed="left" puts an income equal to a lower bound into the bracket that starts there
bins = pd.IntervalIndex.from_breaks([*brackets["lower"], np.inf], closed="left")
incomes["rate"] = brackets["rate"].to_numpy()[bins.get_indexer(incomes["income"])]
