# /// example
# task = '''
# Write a function `month_end_due` with the signature and docstring below, then compute for
# every line of `orders` the invoice due date at the end of the month after its `order_date`,
# storing it in `due`.
#
# ```python
# def month_end_due(dates, months_after=1):
#     """The last day of the month `months_after` months after each date's month.
#
#     dates is a Series of datetimes; months_after=0 gives the end of the
#     date's own month. A date that already is a month end is treated like
#     any other day of its month. Times of day are dropped (midnight). NaT
#     stays NaT; the result keeps the index of `dates`.
#     """
# ```'''
# prompt = """
# Our invoices are due at the end of the month after the order month. Please write \
# `month_end_due(dates, months_after=1)` that gives, for each datetime in a Series, the last day \
# of the month `months_after` months later (0 = the end of its own month; being on a month end \
# already changes nothing; midnight; NaT stays NaT; index kept), and use it on the `order_date` \
# of my `orders` for `due`."""
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { orders = 'orders' }
# checks = [
#     # Jan 15 and Jan 31 are in the same month: both are due at the end of February (2024 is a leap year)
#     '[str(day.date()) for day in month_end_due(pd.Series([pd.Timestamp("2024-01-15"), pd.Timestamp("2024-01-31"), pd.Timestamp("2023-12-05 17:30")]))] == ["2024-02-29", "2024-02-29", "2024-01-31"]',
#     'month_end_due(pd.Series([pd.Timestamp("2024-01-15 09:00"), pd.Timestamp("2024-04-30")]), months_after=0).tolist() == [pd.Timestamp("2024-01-31"), pd.Timestamp("2024-04-30")]',
#     'month_end_due(pd.Series(pd.to_datetime(["2024-11-10", None]), index=[4, 2]), months_after=3).index.tolist() == [4, 2] and month_end_due(pd.Series(pd.to_datetime(["2024-11-10", None]), index=[4, 2]), months_after=3).iloc[0] == pd.Timestamp("2025-02-28") and pd.isna(month_end_due(pd.Series(pd.to_datetime(["2024-11-10", None]), index=[4, 2]), months_after=3).iloc[1])',
#     # the end of the next month is the day before the first of the month after it
#     'due.index.equals(orders.index) and all(due_day == pd.Timestamp(day.year + (day.month + 1) // 12, (day.month + 1) % 12 + 1, 1) - pd.Timedelta(days=1) for day, due_day in zip(orders["order_date"], due))',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'datetime']
# edge_cases = true
# ///
import pandas as pd


def month_end_due(dates, months_after=1):
    """The last day of the month `months_after` months after each date's month.

    dates is a Series of datetimes; months_after=0 gives the end of the
    date's own month. A date that already is a month end is treated like
    any other day of its month. Times of day are dropped (midnight). NaT
    stays NaT; the result keeps the index of `dates`.
    """
    # MonthEnd(0) rolls forward to the own month's end (a month end stays put),
    # then MonthEnd(n) jumps n further month ends
    own_month_end = dates.dt.normalize() + pd.offsets.MonthEnd(0)
    return own_month_end + pd.offsets.MonthEnd(months_after)


due = month_end_due(orders["order_date"])
