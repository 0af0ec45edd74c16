import pandas as pd


def ffill_within_group(df, columns, by, order_by, limit=None):
    """Forward-fill `columns` within each group, never across groups.

    Rows are filled in `order_by` order inside each group of `by` (a column
    name or list), carrying at most `limit` values forward (None for no
    limit); values before a group's first observation stay missing.
    Returns a copy of df with the same row order and index; df itself is
    not modified.
    """
    keys = [by] if isinstance(by, str) else list(by)
    result = df.copy()
    positions = pd.RangeIndex(len(df))
    work = df.set_axis(positions).sort_values(order_by, kind="mergesort")
    for column in columns:
        filled = work.groupby(keys, observed=True)[column].transform(lambda s: s.ffill(limit=limit))
        result[column] = filled.reindex(positions).to_numpy()
    return result


rm_filled = ffill_within_group(
    rm_long, columns=["score"], by=["subject", "condition"], order_by="time", limit=1
)
