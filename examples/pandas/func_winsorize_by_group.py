# /// example
# task = '''
# Write a function `winsorize_by_group` with the signature and docstring below. Apply it to the
# `response` column of `trial` grouped by `site` with the default quantiles and
# store the result in `clipped`; store in `order_error` the message raised by a call with
# `lower=0.9, upper=0.1`.
#
# ```python
# def winsorize_by_group(df, value_col, group_col, lower=0.05, upper=0.95):
#     """Clip `value_col` to its own `lower`/`upper` quantiles within each group.
#
#     Returns a float Series aligned with df.index. NaN values stay NaN and are
#     ignored when the quantiles are computed (pandas' default linear
#     interpolation); a group with a single value is returned unchanged and an
#     empty frame gives an empty Series. Raises
#     ValueError("lower must be smaller than upper") when lower >= upper.
#     """
# ```'''
# prompt = """
# I keep winsorising columns group by group, so I want a helper \
# `winsorize_by_group(df, value_col, group_col, lower=0.05, upper=0.95)` that clips each value to \
# its group's lower/upper quantiles (ignoring NaN, which should stay NaN), returns a float Series \
# on the same index, leaves one-row groups alone and gives an empty Series for an empty frame. If \
# `lower >= upper` it should raise `ValueError("lower must be smaller than upper")`. Use it on the \
# `response` of my `trial` table by `site` (default 5%/95%) into `clipped`, and keep the message of \
# the error for `lower=0.9, upper=0.1` in `order_error`."""
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { trial = 'trial' }
# checks = [
#     'np.allclose(winsorize_by_group(pd.DataFrame({"g": ["a"] * 5 + ["b"] * 3, "v": [1, 2, 3, 4, 100, 10, 20, 30]}), "v", "g", 0.0, 0.75), np.concatenate([np.clip([1, 2, 3, 4, 100], 1, np.quantile([1, 2, 3, 4, 100], 0.75)), np.clip([10, 20, 30], 10, np.quantile([10, 20, 30], 0.75))]))',
#     'np.allclose(winsorize_by_group(pd.DataFrame({"g": ["a", "a", "a", "b"], "v": [1.0, np.nan, 5.0, 7.0]}), "v", "g", lower=0.25, upper=0.75), [2.0, np.nan, 4.0, 7.0], equal_nan=True)',
#     'winsorize_by_group(pd.DataFrame({"g": pd.Series([], dtype=str), "v": pd.Series([], dtype=float)}), "v", "g").empty',
#     'order_error == "lower must be smaller than upper"',
#     'isinstance(clipped, pd.Series) and len(clipped) == len(trial) and clipped.index.equals(trial.index)',
#     'np.allclose(clipped.to_numpy(dtype=float), [np.clip(value, trial.loc[trial["site"] == site, "response"].quantile(0.05), trial.loc[trial["site"] == site, "response"].quantile(0.95)) for site, value in zip(trial["site"], trial["response"])], equal_nan=True)',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'groupby', 'data-cleaning', 'outliers', 'validation']
# edge_cases = true
# ///


def winsorize_by_group(df, value_col, group_col, lower=0.05, upper=0.95):
    """Clip `value_col` to its own `lower`/`upper` quantiles within each group.

    Returns a float Series aligned with df.index. NaN values stay NaN and are
    ignored when the quantiles are computed (pandas' default linear
    interpolation); a group with a single value is returned unchanged and an
    empty frame gives an empty Series. Raises
    ValueError("lower must be smaller than upper") when lower >= upper.
    """
    if lower >= upper:
        raise ValueError("lower must be smaller than upper")
    values = df[value_col].astype(float)
    grouped = values.groupby(df[group_col], observed=True)
    # transform broadcasts each group's quantile back onto its rows
    low = grouped.transform("quantile", lower)
    high = grouped.transform("quantile", upper)
    return values.clip(lower=low, upper=high)


clipped = winsorize_by_group(trial, "response", "site")

try:
    winsorize_by_group(trial, "response", "site", lower=0.9, upper=0.1)
except ValueError as error:
    order_error = str(error)
