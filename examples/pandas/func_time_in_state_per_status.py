# /// example
# task = '''
# Write a function `time_in_state` with the signature and docstring below, then total, for the
# event log `events` (`timestamp`, `user`, `event`), the seconds users spend after each kind of
# event before their next event, storing the totals in `dwell`.
#
# ```python
# def time_in_state(log, entity, time_col, state_col):
#     """Total seconds spent in each state, per a status log.
#
#     Each row says that `entity` entered `state_col` at `time_col`; the state
#     lasts until the same entity's next row (rows may come in any order).
#     An entity's last row has no end and is not counted. Returns a float
#     Series indexed by state (sorted), summing the durations; states that
#     never have an end get 0.
#     """
# ```'''
# prompt = """
# I have status logs where each row is "entity X entered state S at time T" and the state lasts \
# until X's next row. Please write `time_in_state(log, entity, time_col, state_col)` returning \
# total seconds per state as a float Series indexed by the sorted states (rows may be unsorted; \
# the last row of each entity is open-ended and not counted; a state without any finished stay \
# gets 0). Then apply it to my `events` (entity `user`, time `timestamp`, state `event`) into \
# `dwell`."""
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { events = 'events' }
# checks = [
#     'time_in_state(pd.DataFrame({"id": ["a", "b", "a", "a", "b"], "t": pd.to_datetime(["2024-01-01 10:00", "2024-01-01 10:00", "2024-01-01 10:30", "2024-01-01 09:00", "2024-01-01 10:05"]), "s": ["open", "open", "closed", "new", "done"]}), "id", "t", "s").to_dict() == {"closed": 0.0, "done": 0.0, "new": 3600.0, "open": 2100.0}',
#     'list(time_in_state(pd.DataFrame({"id": [1, 1, 1, 1], "t": pd.to_datetime(["2024-01-01 10:00", "2024-01-01 10:01", "2024-01-01 10:03", "2024-01-01 10:06"]), "s": ["b", "c", "a", "b"]}), "id", "t", "s").index) == ["a", "b", "c"]',
#     'time_in_state(pd.DataFrame({"k": [1, 1, 1], "when": pd.to_datetime(["2024-03-01 00:00:10", "2024-03-01 00:00:00", "2024-03-01 00:00:25"]), "st": ["y", "x", "x"]}), "k", "when", "st").to_dict() == {"x": 10.0, "y": 15.0}',
#     'time_in_state(pd.DataFrame({"k": [7], "when": pd.to_datetime(["2024-03-01"]), "st": ["only"]}), "k", "when", "st").to_dict() == {"only": 0.0}',
#     'sorted(str(s) for s in dwell.index) == sorted(str(s) for s in events["event"].unique())',
#     '(lambda ordered: all(np.isclose(dwell[state], sum((later - now).total_seconds() for _, g in ordered.groupby("user") for now, later, s in zip(g["timestamp"].iloc[:-1], g["timestamp"].iloc[1:], g["event"].iloc[:-1]) if s == state)) for state in events["event"].unique()))(events.sort_values("timestamp", kind="stable"))',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'groupby', 'lags', 'datetime']
# edge_cases = true
# ///


def time_in_state(log, entity, time_col, state_col):
    """Total seconds spent in each state, per a status log.

    Each row says that `entity` entered `state_col` at `time_col`; the state
    lasts until the same entity's next row (rows may come in any order).
    An entity's last row has no end and is not counted. Returns a float
    Series indexed by state (sorted), summing the durations; states that
    never have an end get 0.
    """
    ordered = log.sort_values([entity, time_col], kind="stable")
    # the next row of the same entity marks the end of the current state
    ends = ordered.groupby(entity)[time_col].shift(-1)
    seconds = (ends - ordered[time_col]).dt.total_seconds()
    # min_count=0 keeps states whose stays all lack an end at 0
    states = ordered[state_col].astype("object")
    return seconds.groupby(states).sum(min_count=0).sort_index().astype(float)


dwell = time_in_state(events, "user", "timestamp", "event")
