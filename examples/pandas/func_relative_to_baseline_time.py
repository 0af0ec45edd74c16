# /// example
# task = '''
# Write a function `relative_to_baseline` with the signature and docstring below, then express
# every `score` of `rm_long` relative to the same subject's score at time 1 under the same
# condition, storing the ratios in `relative`.
#
# ```python
# def relative_to_baseline(df, by, time_col, value_col, baseline):
#     """Each value divided by its group's value at time `baseline`.
#
#     Groups are the rows sharing the `by` column(s). Returns a float Series
#     aligned with df (same index and order). A group without a row at the
#     baseline time gives NaN for all its rows; if a group has several rows
#     at the baseline time, their mean is the baseline.
#     """
# ```'''
# prompt = """
# I normalise repeated measurements to each unit's baseline. Please write \
# `relative_to_baseline(df, by, time_col, value_col, baseline)`: every value divided by the value \
# of its group (rows sharing `by`) at time `baseline` (averaged if there are several such rows), \
# NaN for a group with no baseline row, returned as a float Series aligned with `df`. Then apply \
# it to `rm_long`, groups `subject` and `condition`, time column `time`, values `score`, baseline \
# time 1, into `relative`."""
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { rm_long = 'rm_long' }
# checks = [
#     'np.allclose(relative_to_baseline(pd.DataFrame({"id": ["a", "a", "b", "b", "a"], "t": [2, 1, 1, 2, 3], "v": [6.0, 3.0, 4.0, 2.0, 1.5]}), "id", "t", "v", 1).to_numpy(dtype=float), [2.0, 1.0, 1.0, 0.5, 0.5])',
#     'np.allclose(relative_to_baseline(pd.DataFrame({"id": ["a", "a", "c"], "t": [0, 5, 5], "v": [2.0, 3.0, 9.0]}, index=[7, 3, 5]), "id", "t", "v", 0).loc[[7, 3, 5]].to_numpy(dtype=float), [1.0, 1.5, np.nan], equal_nan=True)',
#     'np.allclose(relative_to_baseline(pd.DataFrame({"g1": [1, 1, 1, 2], "g2": ["x", "x", "x", "x"], "t": [0, 0, 1, 0], "v": [1.0, 3.0, 4.0, 5.0]}), ["g1", "g2"], "t", "v", 0).to_numpy(dtype=float), [0.5, 1.5, 2.0, 1.0])',
#     'relative.index.equals(rm_long.index) and len(relative) == len(rm_long)',
#     '(lambda s_arr, c_arr, t_arr, y: np.allclose(np.asarray(relative, dtype=float), [y[i] / y[(s_arr == s_arr[i]) & (c_arr == c_arr[i]) & (t_arr == 1)].mean() if ((s_arr == s_arr[i]) & (c_arr == c_arr[i]) & (t_arr == 1)).any() else np.nan for i in range(len(y))], equal_nan=True))(rm_long["subject"].to_numpy(dtype=object), rm_long["condition"].astype(str).to_numpy(), rm_long["time"].to_numpy(), rm_long["score"].to_numpy(dtype=float))',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'groupby', 'standardization']
# edge_cases = true
# ///


def relative_to_baseline(df, by, time_col, value_col, baseline):
    """Each value divided by its group's value at time `baseline`.

    Groups are the rows sharing the `by` column(s). Returns a float Series
    aligned with df (same index and order). A group without a row at the
    baseline time gives NaN for all its rows; if a group has several rows
    at the baseline time, their mean is the baseline.
    """
    # keep only baseline values, then spread each group's mean of them over all its rows
    at_baseline = df[value_col].where(df[time_col] == baseline)
    group_baseline = at_baseline.groupby(
        [df[key] for key in ([by] if isinstance(by, str) else by)], observed=True
    ).transform("mean")
    return df[value_col] / group_baseline


relative = relative_to_baseline(rm_long, ["subject", "condition"], "time", "score", 1)
