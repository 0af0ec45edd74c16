import numpy as np
import pandas as pd


def winsorize_by_group(df, value_col, group_col, lower=0.05, upper=0.95):
    """Clip `value_col` to its own `lower`/`upper` quantiles within each group.

    Returns a float Series aligned with df.index. NaN values stay NaN and are
    ignored when the quantiles are computed (pandas' default linear
    interpolation); a group with a single value is returned unchanged and an
    empty frame gives an empty Series. Raises
    ValueError("lower must be smaller than upper") when lower >= upper.
    """
    if not lower < upper:
        raise ValueError("lower must be smaller than upper")

    def clip_group(group):
        return group.clip(group.quantile(lower), group.quantile(upper))

    result = pd.Series(np.nan, index=df.index, dtype=float)
    positions = np.arange(len(df))
    for _, rows in pd.Series(positions).groupby(df[group_col].to_numpy()):
        result.iloc[rows.to_numpy()] = clip_group(
            df[value_col].iloc[rows.to_numpy()].astype(float)
        ).to_numpy()
    return result


clipped = winsorize_by_group(trial, "response", "site")

try:
    winsorize_by_group(trial, "response", "site", lower=0.9, upper=0.1)
except ValueError as error:
    order_error = str(error)
