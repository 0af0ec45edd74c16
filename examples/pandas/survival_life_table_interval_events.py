# /// example
# task = """
# Build a simple life table from `survival` (`time` in months, `event` True = observed, \
# `group` A/B): cut `time` into the intervals (0, 6], (6, 12], (12, 24], (24, inf) and count the \
# observed events per interval and group with a crosstab that sums `event`. Store the table in \
# `life_table`, intervals as rows in time order (all four, 0 where none), groups as columns."""
# prompt = """
# For a life table I need the number of observed events (`event` True) in my `survival` data per \
# follow-up interval (0, 6], (6, 12], (12, 24] and over 24 months, split by `group`. Please give \
# me `life_table` with the four intervals as rows in order (empty ones as 0) and one column per \
# group."""
# domain = 'statistics'
# libraries = ['pandas', 'numpy']
# inputs = { survival = 'survival' }
# checks = [
#     'len(life_table) == 4 and set(str(g) for g in survival["group"].unique()) <= set(str(g) for g in life_table.columns)',
#     # a time of exactly 6 or 12 months belongs to the interval that ends there
#     'all(life_table.iloc[k][g] == (survival["event"] & (survival["group"] == g) & (survival["time"] > low) & (survival["time"] <= high)).sum() for k, (low, high) in enumerate([(0, 6), (6, 12), (12, 24), (24, np.inf)]) for g in life_table.columns)',
#     'np.asarray(life_table, dtype=float).sum() == survival["event"].sum()',
# ]
# difficulty = 'intermediate'
# tags = ['binning', 'counting', 'reshaping']
# edge_cases = true
# ///
import numpy as np
import pandas as pd

interval = pd.cut(survival["time"], bins=[0, 6, 12, 24, np.inf])
# values= with aggfunc="sum" adds up the True events per cell; empty cells become 0
life_table = pd.crosstab(
    interval, survival["group"], values=survival["event"].astype(int), aggfunc="sum", dropna=False
).fillna(0)
