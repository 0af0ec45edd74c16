# /// example
# task = """
# Build the machine log `log` below (one row per minute, in order) and collapse consecutive rows \
# with the same `state` into runs: `runs` has one row per run with columns `state`, `start` and \
# `end` (first and last minute of the run) and `minutes` (its row count), with a fresh 0..n-1 \
# index. A state that comes back later starts a new run.
#
# ```text
#    minute state
# 0       0  idle
# 1       1  idle
# 2       2   run
# 3       3   run
# 4       4   run
# 5       5  idle
# 6       6   run
# ```
#
# Wanted `runs`:
#
# ```text
#   state  start  end  minutes
# 0  idle      0    1        2
# 1   run      2    4        3
# 2  idle      5    5        1
# 3   run      6    6        1
# ```"""
# prompt = """
# My machine `log` has a state per minute. I want to collapse each stretch of the same state into \
# one row (`runs`) with `state`, `start`, `end` and the number of `minutes`. When a state comes \
# back later it should be a separate run, so a plain groupby on state isn't it:
#
# ```text
#    minute state
# 0       0  idle
# 1       1  idle
# 2       2   run
# 3       3   run
# 4       4   run
# 5       5  idle
# 6       6   run
# ```
#
# Expected `runs`:
#
# ```text
#   state  start  end  minutes
# 0  idle      0    1        2
# 1   run      2    4        3
# 2  idle      5    5        1
# 3   run      6    6        1
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'runs["state"].tolist() == ["idle", "run", "idle", "run"]',
#     'runs["start"].tolist() == [0, 2, 5, 6] and runs["end"].tolist() == [1, 4, 5, 6]',
#     'runs["minutes"].tolist() == [2, 3, 1, 1]',
#     'list(runs.index) == [0, 1, 2, 3]',
# ]
# difficulty = 'advanced'
# tags = ['groupby', 'lags', 'time-series']
# ///
import pandas as pd

log = pd.DataFrame(
    {
        "minute": [0, 1, 2, 3, 4, 5, 6],
        "state": ["idle", "idle", "run", "run", "run", "idle", "run"],
    }
)
# a new run starts wherever the state differs from the row before; cumsum numbers the runs
run_id = log["state"].ne(log["state"].shift()).cumsum()
runs = (
    log.groupby(run_id)
    .agg(
        state=("state", "first"),
        start=("minute", "min"),
        end=("minute", "max"),
        minutes=("minute", "size"),
    )
    .reset_index(drop=True)
)
