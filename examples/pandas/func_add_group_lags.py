# /// example
# task = '''
# Write a function `add_group_lags` with the signature and docstring below, then use it on
# `rm_long` sorted by `subject`, `condition` and `time` to add the `score` of the previous and
# the second previous time point of the same subject and condition, storing the result in
# `lagged`.
#
# ```python
# def add_group_lags(df, value_col, by, lags):
#     """Add lagged copies of `value_col` computed within each group of `by`.
#
#     `df` is assumed to be in time order within each group. For every k in
#     `lags` a column f"{value_col}_lag{k}" holds the value k rows earlier in
#     the same group (NaN for the first k rows of a group). Returns a new
#     frame with df's rows, index and columns followed by the lag columns;
#     df itself is not changed. A lag that is not a positive integer raises
#     ValueError.
#     """
# ```'''
# prompt = """
# I keep building lag features per group, so I'd like `add_group_lags(df, value_col, by, lags)`: \
# for each k in `lags`, a column like `score_lag1` with the value k rows back within the same \
# `by` group (NaN at the start of each group), appended to a copy of `df` (same rows and index, \
# original left untouched), and a ValueError for a lag that isn't a positive integer. Then apply \
# it to `rm_long` sorted by `subject`, `condition`, `time`, with `score` lags 1 and 2 per subject \
# and condition, into `lagged`."""
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { rm_long = 'rm_long' }
# checks = [
#     'np.allclose(add_group_lags(pd.DataFrame({"g": ["a", "a", "b", "a", "b"], "v": [1.0, 2.0, 10.0, 3.0, 20.0]}), "v", "g", [1])["v_lag1"].to_numpy(dtype=float), [np.nan, 1.0, np.nan, 2.0, 10.0], equal_nan=True)',
#     'list(add_group_lags(pd.DataFrame({"k1": [1, 1, 1, 2], "k2": ["x", "x", "x", "x"], "y": [5.0, 6.0, 7.0, 8.0]}, index=[9, 8, 7, 6]), "y", ["k1", "k2"], [1, 2]).columns) == ["k1", "k2", "y", "y_lag1", "y_lag2"] and np.allclose(add_group_lags(pd.DataFrame({"k1": [1, 1, 1, 2], "k2": ["x", "x", "x", "x"], "y": [5.0, 6.0, 7.0, 8.0]}, index=[9, 8, 7, 6]), "y", ["k1", "k2"], [1, 2]).loc[[7, 6], ["y_lag1", "y_lag2"]].to_numpy(dtype=float), [[6.0, 5.0], [np.nan, np.nan]], equal_nan=True)',
#     'add_group_lags(pd.DataFrame({"g": ["a"], "v": [1.0]}), "v", "g", []).equals(pd.DataFrame({"g": ["a"], "v": [1.0]}))',
#     '__import__("unittest").TestCase().assertRaises(ValueError, add_group_lags, pd.DataFrame({"g": ["a"], "v": [1.0]}), "v", "g", [0]) is None',
#     # the input frame must come back untouched
#     '(lambda df: add_group_lags(df, "v", "g", [1]) is not df and list(df.columns) == ["g", "v"] and df["v"].tolist() == [1.0, 2.0, 3.0])(pd.DataFrame({"g": ["a", "a", "b"], "v": [1.0, 2.0, 3.0]}))',
#     'list(lagged.columns) == list(rm_long.columns) + ["score_lag1", "score_lag2"] and len(lagged) == len(rm_long)',
#     # within each subject and condition, in time order, the lags are the score 1 and 2 time points earlier
#     'all(np.allclose(g[["score_lag1", "score_lag2"]].to_numpy(dtype=float), np.column_stack([g["score"].shift(1), g["score"].shift(2)]).astype(float), equal_nan=True) for _, g in lagged.sort_values("time").groupby(["subject", "condition"], observed=True))',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'groupby', 'lags', 'feature-engineering', 'validation']
# edge_cases = true
# ///


def add_group_lags(df, value_col, by, lags):
    """Add lagged copies of `value_col` computed within each group of `by`.

    `df` is assumed to be in time order within each group. For every k in
    `lags` a column f"{value_col}_lag{k}" holds the value k rows earlier in
    the same group (NaN for the first k rows of a group). Returns a new
    frame with df's rows, index and columns followed by the lag columns;
    df itself is not changed. A lag that is not a positive integer raises
    ValueError.
    """
    for k in lags:
        if not isinstance(k, int) or k < 1:
            raise ValueError(f"lags must be positive integers, got {k!r}")
    result = df.copy()
    # observed=True: only combinations that occur, also when a key is categorical
    grouped = df.groupby(by, observed=True, sort=False)[value_col]
    for k in lags:
        result[f"{value_col}_lag{k}"] = grouped.shift(k)
    return result


lagged = add_group_lags(
    rm_long.sort_values(["subject", "condition", "time"]), "score", ["subject", "condition"], [1, 2]
)
