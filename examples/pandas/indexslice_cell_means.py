# /// example
# task = """
# Compute the mean and standard deviation of `score` in the repeated-measures table `rm_long` per \
# (`time`, `condition`) into `cell_stats` (columns `mean` and `std`, a sorted two-level row \
# index), then select the `high` rows of all time points with `.loc` and `pd.IndexSlice` into \
# `high_stats`."""
# prompt = """
# Compute the mean and standard deviation of `score` in my long-format table `rm_long` for each \
# (`time`, `condition`) pair into `cell_stats`, with columns "mean" and "std" and a sorted \
# two-level row index, then select the "high" condition rows of all time points using .loc with \
# an IndexSlice into `high_stats`, keeping both index levels."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { rm_long = 'rm_long' }
# checks = [
#     'len(high_stats) == rm_long.loc[rm_long["condition"] == "high", "time"].nunique()',
#     '(high_stats.index.get_level_values("condition") == "high").all()',
#     'np.allclose(high_stats["mean"].to_numpy(), [rm_long.loc[(rm_long["time"] == t) & (rm_long["condition"] == "high"), "score"].mean() for t in high_stats.index.get_level_values("time")], equal_nan=True)',
#     'np.allclose(high_stats["std"].to_numpy(), [rm_long.loc[(rm_long["time"] == t) & (rm_long["condition"] == "high"), "score"].std() for t in high_stats.index.get_level_values("time")], equal_nan=True)',
#     'high_stats.index.get_level_values("time").is_monotonic_increasing',
# ]
# difficulty = 'advanced'
# tags = ['hierarchical-index', 'indexing']
# [edge_cases]
# min_size = 2
# one_level = false
# why = 'the task selects the high condition by label, so `condition` must hold every level'
# ///
import pandas as pd

cell_stats = (
    rm_long.groupby(["time", "condition"], observed=True)["score"].agg(["mean", "std"]).sort_index()
)
# a bare ":" is not valid inside a tuple; idx[:, "high"] builds (slice(None), "high") for .loc
idx = pd.IndexSlice
high_stats = cell_stats.loc[idx[:, "high"], :]
