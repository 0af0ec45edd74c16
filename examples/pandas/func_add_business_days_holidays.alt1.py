import numpy as np
import pandas as pd


def add_business_days(dates, n, holidays=()):
    """The n-th business day after each date (n >= 1).

    Business days are Monday to Friday except the dates in `holidays`
    (strings or timestamps); the time of day is dropped. One business day
    after a Friday or a Saturday is the Monday. Missing dates stay missing.
    Returns a datetime64 Series aligned with `dates`.
    """
    days = pd.to_datetime(dates).to_numpy().astype("datetime64[D]")
    closed = pd.to_datetime(list(holidays)).to_numpy().astype("datetime64[D]")
    # roll="backward" makes a weekend or holiday count from the business day before it
    due = np.busday_offset(days, n, roll="backward", holidays=closed)
    return pd.Series(due.astype("datetime64[ns]"), index=dates.index)


due_dates = add_business_days(orders["order_date"], n=3, holidays=["2024-01-15", "2024-02-19"])
