# /// example
# task = """
# Build the sensor table `readings` below and clip every column to its own valid range, given \
# as the Series `lower` (`level` 0, `ratio` 0) and `upper` (`level` 100, `ratio` 1), with one \
# `DataFrame.clip` call, into `clipped`.
#
# ```text
#    level  ratio
# 0   -5.0    0.5
# 1    3.0    2.0
# 2  120.0   -1.0
# ```
#
# Wanted `clipped`:
#
# ```text
#    level  ratio
# 0    0.0    0.5
# 1    3.0    1.0
# 2  100.0    0.0
# ```"""
# prompt = """
# My `readings` have a fill `level` that must lie in 0-100 and a `ratio` that must lie in 0-1. \
# With the bounds as Series `lower` (0 and 0) and `upper` (100 and 1) indexed by column name, \
# how do I clip each column to its own range in one call, as `clipped`?
#
# ```text
#    level  ratio
# 0   -5.0    0.5
# 1    3.0    2.0
# 2  120.0   -1.0
# ```
#
# should give
#
# ```text
#    level  ratio
# 0    0.0    0.5
# 1    3.0    1.0
# 2  100.0    0.0
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'np.allclose(clipped["level"].to_numpy(dtype=float), [0.0, 3.0, 100.0])',
#     'np.allclose(clipped["ratio"].to_numpy(dtype=float), [0.5, 1.0, 0.0])',
#     'list(clipped.columns) == ["level", "ratio"] and np.allclose(readings["level"].to_numpy(dtype=float), [-5.0, 3.0, 120.0])',
# ]
# difficulty = 'basic'
# tags = ['data-cleaning', 'outliers']
# ///
import pandas as pd

readings = pd.DataFrame({"level": [-5.0, 3.0, 120.0], "ratio": [0.5, 2.0, -1.0]})
lower = pd.Series({"level": 0.0, "ratio": 0.0})
upper = pd.Series({"level": 100.0, "ratio": 1.0})
# axis=1 aligns the bound Series with the columns, so each column gets its own limits
clipped = readings.clip(lower=lower, upper=upper, axis=1)
