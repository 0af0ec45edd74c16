# /// example
# task = '''
# Write a function `number_at_risk` with the signature and docstring below, then tabulate the
# subjects of `survival` (`time`, `event`, `group`) still at risk at months 0, 6, 12, 18 and 24
# per `group`, storing the table in `at_risk`.
#
# ```python
# def number_at_risk(df, times, time_col="time", group_col="group"):
#     """Number of subjects at risk at each time, per group.
#
#     A subject is at risk at time t when its follow-up time is >= t
#     (censored or not). Returns an integer DataFrame indexed by `times` (in
#     the given order), one column per group present in df (sorted), and 0
#     where nobody is left.
#     """
# ```'''
# prompt = """
# For the table under a Kaplan-Meier plot I need the numbers at risk. Please write \
# `number_at_risk(df, times, time_col="time", group_col="group")`: at each time t, how many \
# subjects have follow-up `>= t` (event or censored), one column per group that occurs (sorted), \
# rows in the order of `times`, integers with 0 once nobody is left. Then use it on my \
# `survival` data at months 0, 6, 12, 18 and 24, into `at_risk`."""
# task_type = 'function'
# domain = 'statistics'
# libraries = ['pandas', 'numpy']
# inputs = { survival = 'survival' }
# checks = [
#     # a follow-up of exactly 5 is still at risk at t = 5
#     'number_at_risk(pd.DataFrame({"time": [2.0, 5.0, 5.0, 9.0], "group": ["x", "x", "y", "y"]}), [0, 5, 6, 10]).to_numpy().tolist() == [[2, 2], [1, 2], [0, 1], [0, 0]]',
#     '(lambda df: list(number_at_risk(df, [0, 5, 6, 10]).columns) == sorted(df["group"].unique()) and list(number_at_risk(df, [10, 0]).index) == [10, 0])(pd.DataFrame({"time": [2.0, 5.0, 5.0, 9.0], "group": ["y", "x", "y", "x"]}))',
#     'all(pd.api.types.is_integer_dtype(dtype) for dtype in number_at_risk(pd.DataFrame({"time": [2.0, 5.0, 5.0, 9.0], "group": ["x", "x", "y", "y"]}), [0, 5, 6, 10]).dtypes)',
#     'number_at_risk(pd.DataFrame({"months": [1.0, 3.0, 4.0], "arm": ["b", "a", "b"]}), [3], time_col="months", group_col="arm").to_numpy().tolist() == [[1, 1]]',
#     'list(at_risk.index) == [0, 6, 12, 18, 24] and [str(name) for name in at_risk.columns] == sorted(str(g) for g in survival["group"].unique())',
#     'all(at_risk.loc[t, g] == ((survival["group"] == g) & (survival["time"] >= t)).sum() for t in [0, 6, 12, 18, 24] for g in survival["group"].unique())',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'groupby', 'counting']
# edge_cases = true
# ///
import numpy as np
import pandas as pd


def number_at_risk(df, times, time_col="time", group_col="group"):
    """Number of subjects at risk at each time, per group.

    A subject is at risk at time t when its follow-up time is >= t
    (censored or not). Returns an integer DataFrame indexed by `times` (in
    the given order), one column per group present in df (sorted), and 0
    where nobody is left.
    """
    times = list(times)
    # one boolean column per time: is the subject still followed at t?
    still_followed = pd.DataFrame(
        df[time_col].to_numpy()[:, None] >= np.asarray(times)[None, :],
        index=df.index,
        columns=range(len(times)),
    )
    counts = still_followed.groupby(df[group_col], observed=True).sum().T
    counts.index = times
    return counts.sort_index(axis=1).astype(int)


at_risk = number_at_risk(survival, [0, 6, 12, 18, 24])
