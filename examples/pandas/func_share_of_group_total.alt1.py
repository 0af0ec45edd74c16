def share_of_group(df, value_col, group_col):
    """Each row's `value_col` as a fraction of its group's total.

    Returns a float Series aligned with df.index. Missing values give NaN
    and do not count towards the total; a group whose total is 0 gives NaN
    for all its rows.
    """
    totals = df.groupby(group_col)[value_col].sum()
    group_total = df[group_col].map(totals).astype(float)
    share = df[value_col].astype(float).div(group_total)
    return share.where(group_total != 0)


quantity_share = share_of_group(orders, "quantity", "order_id")
