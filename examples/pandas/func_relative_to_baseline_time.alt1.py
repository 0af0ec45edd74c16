import pandas as pd


def relative_to_baseline(df, by, time_col, value_col, baseline):
    """Each value divided by its group's value at time `baseline`."""
    keys = [by] if isinstance(by, str) else list(by)
    base = (
        df[df[time_col] == baseline]
        .groupby(keys, observed=True)[value_col]
        .mean()
        .rename("_baseline")
        .reset_index()
    )
    # a left merge keeps every row of df in order; groups without a baseline get NaN
    merged = df[keys].merge(base, on=keys, how="left")
    ratio = df[value_col].to_numpy(dtype=float) / merged["_baseline"].to_numpy(dtype=float)
    return pd.Series(ratio, index=df.index)


relative = relative_to_baseline(rm_long, ["subject", "condition"], "time", "score", 1)
