import pandas as pd


def flag_iqr_outliers(df, value_col, group_cols, k=1.5, min_size=4):
    """Flag values outside their group's Tukey fences.

    A value is an outlier when it lies below Q1 - k * IQR or above
    Q3 + k * IQR of the non-missing values of its group (quartiles with
    pandas' default linear interpolation). `group_cols` is a column name or
    a list of names. Groups with fewer than `min_size` non-missing values
    are never flagged, and missing values are never outliers. Returns a
    bool Series aligned with df.index.
    """
    keys = [group_cols] if isinstance(group_cols, str) else list(group_cols)
    stats = (
        df.groupby(keys, observed=True)[value_col]
        .agg(q1=lambda s: s.quantile(0.25), q3=lambda s: s.quantile(0.75), n="count")
        .reset_index()
    )
    merged = df[[*keys, value_col]].reset_index(drop=True).merge(stats, on=keys, how="left")
    low = merged["q1"] - k * (merged["q3"] - merged["q1"])
    high = merged["q3"] + k * (merged["q3"] - merged["q1"])
    flags = merged[value_col].lt(low) | merged[value_col].gt(high)
    flags &= merged["n"].ge(min_size)
    return pd.Series(flags.to_numpy(dtype=bool), index=df.index)


score_outliers = flag_iqr_outliers(rm_long, "score", ["condition", "time"])
