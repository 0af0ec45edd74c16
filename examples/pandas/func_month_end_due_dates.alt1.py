def month_end_due(dates, months_after=1):
    """The last day of the month `months_after` months after each date's month."""
    target_month = dates.dt.to_period("M") + months_after
    return target_month.dt.to_timestamp(how="end").dt.normalize()


due = month_end_due(orders["order_date"])
