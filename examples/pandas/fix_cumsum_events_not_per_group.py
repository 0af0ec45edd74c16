# /// example
# task = """
# For the survival data `survival` (`time`, `event`, `group`), `events_so_far` should give, for \
# each row of the table sorted by `time` (call it `by_time`), the number of observed events in \
# that row's own `group` up to and including that row. This code runs, but the counts mix both \
# groups:
#
# ```python
# by_time = survival.sort_values("time", kind="stable")
# events_so_far = by_time["event"].cumsum()
# ```
#
# Fix it."""
# prompt = """
# I sort my `survival` table by `time` into `by_time` and want, per row, the running number of \
# events (`event` True) so far within the row's `group`, as `events_so_far`. With
#
# ```python
# by_time = survival.sort_values("time", kind="stable")
# events_so_far = by_time["event"].cumsum()
# ```
#
# group B's counts include group A's events. How do I keep the groups apart?"""
# task_type = 'fix'
# domain = 'statistics'
# libraries = ['pandas']
# inputs = { survival = 'survival' }
# checks = [
#     'len(events_so_far) == len(by_time) and np.array_equal(np.asarray(by_time["time"], dtype=float), np.sort(survival["time"].to_numpy(dtype=float)))',
#     'all(list(np.asarray(events_so_far)[(by_time["group"] == g).to_numpy(dtype=bool)]) == list(np.cumsum(by_time.loc[by_time["group"] == g, "event"].to_numpy(dtype=int))) for g in by_time["group"].unique())',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'groupby', 'counting']
# edge_cases = true
# ///
by_time = survival.sort_values("time", kind="stable")
# a cumulative sum within each group restarts the count for every group
events_so_far = by_time.groupby("group", observed=True)["event"].cumsum()
