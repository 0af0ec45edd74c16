# /// example
# task = '''
# Write a function `pct_rank_within` with the signature and docstring below, then rank each
# survival `time` of `survival` within its `group` and store the result in `time_pct`.
#
# ```python
# def pct_rank_within(df, value_col, group_col):
#     """Percentile rank in (0, 1] of each value within its group.
#
#     The rank is the value's position among its group's non-missing values
#     (1 for the smallest) divided by their count; tied values share the
#     average of their positions. Missing values stay NaN and are not
#     counted. Returns a float Series aligned with df.index.
#     """
# ```'''
# prompt = """
# I want to compare values across groups of different sizes by their standing inside their own \
# group. Please write `pct_rank_within(df, value_col, group_col)` giving each value's percentile \
# rank in (0, 1] within its group: its position among the group's non-missing values (1 = \
# smallest) divided by their count, ties sharing the average position, NaN staying NaN and not \
# counted, as a float Series on df's index. Then rank the `time` of my `survival` table within \
# each `group` into `time_pct`."""
# task_type = 'function'
# domain = 'statistics'
# libraries = ['pandas', 'numpy', 'scipy.stats']
# inputs = { survival = 'survival' }
# checks = [
#     'np.allclose(pct_rank_within(pd.DataFrame({"g": ["a", "a", "a", "a", "b", "b"], "v": [10, 30, 20, 40, 5, 1]}), "v", "g"), [0.25, 0.75, 0.5, 1.0, 1.0, 0.5])',
#     'np.allclose(pct_rank_within(pd.DataFrame({"g": ["a"] * 4, "v": [2.0, 2.0, 7.0, np.nan]}, index=[5, 6, 7, 8]), "v", "g"), [0.5, 0.5, 1.0, np.nan], equal_nan=True)',
#     'pct_rank_within(pd.DataFrame({"g": ["x", "y"], "v": [3.0, 3.0]}, index=["p", "q"]), "v", "g").to_dict() == {"p": 1.0, "q": 1.0}',
#     'isinstance(time_pct, pd.Series) and time_pct.index.equals(survival.index) and time_pct.dtype == np.float64',
#     'np.allclose(time_pct.to_numpy(), [scipy.stats.rankdata(survival.loc[survival["group"] == group, "time"])[list(np.flatnonzero((survival["group"] == group).to_numpy())).index(position)] / (survival["group"] == group).sum() for position, group in enumerate(survival["group"])])',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'ranking', 'groupby', 'quantiles']
# edge_cases = true
# ///


def pct_rank_within(df, value_col, group_col):
    """Percentile rank in (0, 1] of each value within its group.

    The rank is the value's position among its group's non-missing values
    (1 for the smallest) divided by their count; tied values share the
    average of their positions. Missing values stay NaN and are not
    counted. Returns a float Series aligned with df.index.
    """
    # pct=True divides the average rank by the number of non-missing values in each group
    return df.groupby(group_col, observed=True)[value_col].rank(method="average", pct=True)


time_pct = pct_rank_within(survival, "time", "group")
