import pandas as pd


def top_n_per_group(df, group_col, value_col, n):
    """The n rows with the largest `value_col` within each group of `group_col`.

    Rows whose value is NaN are never selected; of tied values the row that
    comes first in df wins. The result keeps df's columns and index labels,
    ordered by group (sorted) and then by value, largest first. A group with
    fewer than n rows contributes all its rows; n <= 0 or an empty df gives
    an empty frame with df's columns.
    """
    if n < 1 or df.empty:
        return df.head(0)
    pieces = [
        group.nlargest(n, value_col, keep="first")
        for _, group in df.groupby(group_col, observed=True, sort=True)
    ]
    if not pieces:
        return df.head(0)
    return pd.concat(pieces)


best = top_n_per_group(trial, "site", "response", 3)
