# /// example
# task = '''
# Write a function `flag_iqr_outliers` with the signature and docstring below, then flag the
# outlying `score` values of the long table `rm_long` within each (`condition`, `time`) cell and
# store the flags in `score_outliers`.
#
# ```python
# def flag_iqr_outliers(df, value_col, group_cols, k=1.5, min_size=4):
#     """Flag values outside their group's Tukey fences.
#
#     A value is an outlier when it lies below Q1 - k * IQR or above
#     Q3 + k * IQR of the non-missing values of its group (quartiles with
#     pandas' default linear interpolation). `group_cols` is a column name or
#     a list of names. Groups with fewer than `min_size` non-missing values
#     are never flagged, and missing values are never outliers. Returns a
#     bool Series aligned with df.index.
#     """
# ```'''
# prompt = """
# I'd like a reusable outlier flag that works per group: \
# `flag_iqr_outliers(df, value_col, group_cols, k=1.5, min_size=4)` should mark a value when it \
# falls below Q1 - k*IQR or above Q3 + k*IQR of its own group (pandas' default quantiles, missing \
# values ignored). `group_cols` may be one column or a list. Groups with fewer than `min_size` \
# non-missing values should never be flagged and NaN is never an outlier; return a bool Series on \
# df's index. Then flag the `score` outliers of my `rm_long` table within each `condition` and \
# `time` combination into `score_outliers`."""
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { rm_long = 'rm_long' }
# checks = [
#     'flag_iqr_outliers(pd.DataFrame({"g": ["a"] * 6 + ["b"] * 4, "v": [10, 11, 12, 11, 10, 30, 1, 2, 3, 2]}), "v", "g").tolist() == [False] * 5 + [True] + [False] * 4',
#     'flag_iqr_outliers(pd.DataFrame({"g": ["a"] * 5, "v": [1.0, 2.0, 3.0, 4.0, 9.0]}), "v", "g", k=1.0).tolist() == [False, False, False, False, True] and not flag_iqr_outliers(pd.DataFrame({"g": ["a"] * 5, "v": [1.0, 2.0, 3.0, 4.0, 9.0]}), "v", "g", k=3.0).any()',
#     'flag_iqr_outliers(pd.DataFrame({"g": ["a"] * 6, "h": [1, 1, 1, 1, 1, 2], "v": [5.0, 5.0, np.nan, 5.0, 100.0, 5.0]}, index=list("pqrstu")), "v", ["g", "h"], min_size=3).to_dict() == {"p": False, "q": False, "r": False, "s": False, "t": True, "u": False}',
#     'not flag_iqr_outliers(pd.DataFrame({"g": ["a"] * 6, "v": [1.0, 1.0, 50.0, np.nan, np.nan, np.nan]}), "v", "g").any()',
#     'isinstance(score_outliers, pd.Series) and score_outliers.dtype == bool and score_outliers.index.equals(rm_long.index)',
#     # rows are matched by position, so a repeated or non-integer index of rm_long does not matter
#     'all((score_outliers.to_numpy()[rows.index] == ((rows["score"] < np.percentile(rows["score"], 25) - 1.5 * (np.percentile(rows["score"], 75) - np.percentile(rows["score"], 25))) | (rows["score"] > np.percentile(rows["score"], 75) + 1.5 * (np.percentile(rows["score"], 75) - np.percentile(rows["score"], 25)))).to_numpy() & (len(rows) >= 4)).all() for _, rows in rm_long.reset_index(drop=True).groupby(["condition", "time"], observed=True))',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'groupby', 'outliers', 'quantiles']
# edge_cases = true
# ///


def flag_iqr_outliers(df, value_col, group_cols, k=1.5, min_size=4):
    """Flag values outside their group's Tukey fences.

    A value is an outlier when it lies below Q1 - k * IQR or above
    Q3 + k * IQR of the non-missing values of its group (quartiles with
    pandas' default linear interpolation). `group_cols` is a column name or
    a list of names. Groups with fewer than `min_size` non-missing values
    are never flagged, and missing values are never outliers. Returns a
    bool Series aligned with df.index.
    """
    grouped = df.groupby(group_cols, observed=True)[value_col]
    q1 = grouped.transform("quantile", 0.25)
    q3 = grouped.transform("quantile", 0.75)
    iqr = q3 - q1
    outside = (df[value_col] < q1 - k * iqr) | (df[value_col] > q3 + k * iqr)
    # count ignores NaN, so small groups are judged by their observed values only
    return outside & (grouped.transform("count") >= min_size)


score_outliers = flag_iqr_outliers(rm_long, "score", ["condition", "time"])
