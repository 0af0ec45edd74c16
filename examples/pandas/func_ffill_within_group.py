# /// example
# task = '''
# Write a function `ffill_within_group` with the signature and docstring below, then carry each
# subject's last `score` forward over at most 1 missing measurement, within each (`subject`,
# `condition`) series of `rm_long` ordered by `time`, storing the result in `rm_filled`.
#
# ```python
# def ffill_within_group(df, columns, by, order_by, limit=None):
#     """Forward-fill `columns` within each group, never across groups.
#
#     Rows are filled in `order_by` order inside each group of `by` (a column
#     name or list), carrying at most `limit` values forward (None for no
#     limit); values before a group's first observation stay missing.
#     Returns a copy of df with the same row order and index; df itself is
#     not modified.
#     """
# ```'''
# prompt = """
# A plain `ffill()` on my long table leaks one subject's values into the next. Please write \
# `ffill_within_group(df, columns, by, order_by, limit=None)` that forward-fills `columns` within \
# each group of `by` (one column or a list) in `order_by` order, at most `limit` steps (None = no \
# limit), leaving values before a group's first observation missing, and returns a copy with the \
# original row order and index. Then fill `score` in my `rm_long` table within each `subject` and \
# `condition`, ordered by `time`, with `limit=1`, into `rm_filled`."""
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { rm_long = 'rm_long' }
# checks = [
#     'np.allclose(ffill_within_group(pd.DataFrame({"g": ["a", "a", "b", "b", "a"], "t": [1, 2, 1, 2, 3], "v": [1.0, np.nan, np.nan, 5.0, np.nan]}), ["v"], "g", "t")["v"], [1.0, 1.0, np.nan, 5.0, 1.0], equal_nan=True)',
#     'np.allclose(ffill_within_group(pd.DataFrame({"g": ["a"] * 4, "t": [4, 3, 2, 1], "v": [np.nan, np.nan, np.nan, 2.0]}, index=[9, 8, 7, 6]), ["v"], "g", "t", limit=2)["v"], [np.nan, 2.0, 2.0, 2.0], equal_nan=True)',
#     'ffill_within_group(pd.DataFrame({"g": ["x", "x", "y", "y"], "h": [1, 1, 1, 2], "t": [1, 2, 1, 1], "v": [3.0, np.nan, 4.0, np.nan], "w": [np.nan, 1.0, 2.0, np.nan]}), ["v", "w"], ["g", "h"], "t").fillna(-1).to_dict("list") == {"g": ["x", "x", "y", "y"], "h": [1, 1, 1, 2], "t": [1, 2, 1, 1], "v": [3.0, 3.0, 4.0, -1], "w": [-1, 1.0, 2.0, -1]}',
#     # df itself is not modified: the frame passed in still has its gap afterwards
#     '(lambda frame: ffill_within_group(frame, ["v"], "g", "t")["v"].tolist() == [1.0, 1.0] and frame["v"].isna().tolist() == [False, True])(pd.DataFrame({"g": ["a", "a"], "t": [1, 2], "v": [1.0, np.nan]}))',
#     'rm_filled.index.equals(rm_long.index) and list(rm_filled.columns) == list(rm_long.columns) and rm_filled[["subject", "condition", "time"]].equals(rm_long[["subject", "condition", "time"]])',
#     'np.allclose(rm_filled["score"].to_numpy(), [score if not np.isnan(score) else next(iter(rm_long.loc[(rm_long["subject"] == subject) & (rm_long["condition"] == condition) & (rm_long["time"] == time - 1), "score"].tolist()), np.nan) for subject, condition, time, score in zip(rm_long["subject"], rm_long["condition"], rm_long["time"], rm_long["score"])], equal_nan=True)',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'imputation', 'groupby', 'missing-data']
# edge_cases = { nan = true, why = "the task fills missing scores, so the generated tables must be allowed to have them" }
# ///


def ffill_within_group(df, columns, by, order_by, limit=None):
    """Forward-fill `columns` within each group, never across groups.

    Rows are filled in `order_by` order inside each group of `by` (a column
    name or list), carrying at most `limit` values forward (None for no
    limit); values before a group's first observation stay missing.
    Returns a copy of df with the same row order and index; df itself is
    not modified.
    """
    # work on row positions so a duplicated index cannot confuse the realignment
    ordered = df.reset_index(drop=True).sort_values(order_by, kind="stable")
    # groupby().ffill() restarts at every group, so values never leak across groups
    filled = ordered.groupby(by, observed=True)[columns].ffill(limit=limit).sort_index()
    result = df.copy()
    result[columns] = filled.to_numpy()
    return result


rm_filled = ffill_within_group(rm_long, ["score"], ["subject", "condition"], "time", limit=1)
