# /// example
# task = """
# Build the table `runs` below and summarise `minutes` per `runner` in `stats` with pandas' \
# describe statistics: one row per runner, columns count, mean, std, min, 25%, 50%, 75%, max.
#
# ```text
#   runner  minutes
# 0    kim     31.0
# 1    lou     45.0
# 2    kim     29.0
# 3    lou     41.0
# 4    kim     33.0
# 5    lou     43.0
# 6    kim     27.0
# ```
#
# Wanted `stats`:
#
# ```text
#         count  mean       std   min   25%   50%   75%   max
# runner
# kim       4.0  30.0  2.581989  27.0  28.5  30.0  31.5  33.0
# lou       3.0  43.0  2.000000  41.0  42.0  43.0  44.0  45.0
# ```"""
# prompt = """
# I want `describe()`-style statistics of `minutes` for each `runner` in `runs`, as one row per \
# runner, in `stats`:
#
# ```text
#   runner  minutes
# 0    kim     31.0
# 1    lou     45.0
# 2    kim     29.0
# 3    lou     41.0
# 4    kim     33.0
# 5    lou     43.0
# 6    kim     27.0
# ```
#
# Expected:
#
# ```text
#         count  mean       std   min   25%   50%   75%   max
# runner
# kim       4.0  30.0  2.581989  27.0  28.5  30.0  31.5  33.0
# lou       3.0  43.0  2.000000  41.0  42.0  43.0  44.0  45.0
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'list(stats.index) == ["kim", "lou"]',
#     'list(stats.columns) == ["count", "mean", "std", "min", "25%", "50%", "75%", "max"]',
#     'np.allclose(stats.loc["kim"].to_numpy(dtype=float), [4, 30.0, 2.581989, 27.0, 28.5, 30.0, 31.5, 33.0])',
#     'np.allclose(stats.loc["lou"].to_numpy(dtype=float), [3, 43.0, 2.0, 41.0, 42.0, 43.0, 44.0, 45.0])',
# ]
# difficulty = 'intermediate'
# tags = ['descriptive-statistics', 'groupby']
# ///
import pandas as pd

runs = pd.DataFrame(
    {
        "runner": ["kim", "lou", "kim", "lou", "kim", "lou", "kim"],
        "minutes": [31.0, 45.0, 29.0, 41.0, 33.0, 43.0, 27.0],
    }
)
# describe on a grouped column gives one row of summary statistics per group
stats = runs.groupby("runner")["minutes"].describe()
