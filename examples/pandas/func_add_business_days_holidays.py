# /// example
# task = '''
# Write a function `add_business_days` with the signature and docstring below, then compute the
# due date of every line of `orders` as 3 business days after its `order_date`, skipping the
# holidays "2024-01-15" and "2024-02-19", and store the result in `due_dates`.
#
# ```python
# def add_business_days(dates, n, holidays=()):
#     """The n-th business day after each date (n >= 1).
#
#     Business days are Monday to Friday except the dates in `holidays`
#     (strings or timestamps); the time of day is dropped. One business day
#     after a Friday or a Saturday is the Monday. Missing dates stay missing.
#     Returns a datetime64 Series aligned with `dates`.
#     """
# ```'''
# prompt = """
# Our SLA says "within n business days", so I need `add_business_days(dates, n, holidays=())` that \
# gives, for a Series of dates, the n-th business day after each one (n >= 1), where business days \
# are Monday-Friday minus the `holidays` (strings or timestamps) and the time of day is dropped; \
# one business day after a Friday or a Saturday is the Monday. Missing dates stay missing and \
# the result is a datetime64 Series on the same index. Then compute `due_dates` for my `orders` \
# lines as 3 business days after `order_date`, skipping the holidays "2024-01-15" and \
# "2024-02-19"."""
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { orders = 'orders' }
# checks = [
#     'add_business_days(pd.Series(pd.to_datetime(["2024-01-05", "2024-01-06", "2024-01-10"])), 1).tolist() == [pd.Timestamp("2024-01-08"), pd.Timestamp("2024-01-08"), pd.Timestamp("2024-01-11")]',
#     # the time of day is dropped: the result is a midnight
#     'add_business_days(pd.Series(pd.to_datetime(["2024-01-10 15:30"])), 1).tolist() == [pd.Timestamp("2024-01-11")]',
#     'add_business_days(pd.Series(pd.to_datetime(["2024-01-05", "2024-01-15"]), index=[3, 1]), 2, holidays=["2024-01-08", "2024-01-15"]).to_dict() == {3: pd.Timestamp("2024-01-10"), 1: pd.Timestamp("2024-01-17")}',
#     'add_business_days(pd.Series(pd.to_datetime(["2023-12-29", None])), 5, holidays=[pd.Timestamp("2024-01-01")]).iloc[0] == pd.Timestamp("2024-01-08") and pd.isna(add_business_days(pd.Series(pd.to_datetime(["2023-12-29", None])), 5, holidays=[pd.Timestamp("2024-01-01")]).iloc[1])',
#     'isinstance(due_dates, pd.Series) and due_dates.index.equals(orders.index) and pd.api.types.is_datetime64_any_dtype(due_dates)',
#     'due_dates.tolist() == [pd.Timestamp(numpy_day) for numpy_day in np.busday_offset(orders["order_date"].to_numpy().astype("datetime64[D]"), 3, roll="backward", holidays=["2024-01-15", "2024-02-19"])]',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'datetime', 'time-series']
# edge_cases = true
# ///
import pandas as pd


def add_business_days(dates, n, holidays=()):
    """The n-th business day after each date (n >= 1).

    Business days are Monday to Friday except the dates in `holidays`
    (strings or timestamps); the time of day is dropped. One business day
    after a Friday or a Saturday is the Monday. Missing dates stay missing.
    Returns a datetime64 Series aligned with `dates`.
    """
    days = pd.to_datetime(dates).dt.normalize()
    known = days.dropna()
    if known.empty:
        return days
    # enough business days to reach n past the latest date (calendar days bound business days)
    periods = (known.max() - known.min()).days + n + 1
    calendar = pd.bdate_range(known.min(), periods=periods, freq="C", holidays=list(holidays))
    # side="right" finds the first business day strictly after each date
    positions = calendar.searchsorted(days.fillna(known.min()), side="right") + n - 1
    due = pd.Series(calendar[positions], index=dates.index)
    return due.where(days.notna())


due_dates = add_business_days(orders["order_date"], 3, holidays=["2024-01-15", "2024-02-19"])
