# /// example
# task = '''
# Write a function `fiscal_quarter` with the signature and docstring below, then label every line
# of `orders` by the fiscal quarter of its `order_date` for a fiscal year ending in March, storing
# the labels in `order_fq`.
#
# ```python
# def fiscal_quarter(dates, year_end_month=3):
#     """Fiscal-quarter labels such as "2025Q1" for a Series of datetimes.
#
#     The fiscal year ends with month `year_end_month` (1-12) and is named
#     after the calendar year it ends in; quarter 1 starts the month after
#     `year_end_month`. Returns a Series of strings with the index of
#     `dates`; missing dates (NaT) give a missing label. A `year_end_month`
#     outside 1-12 raises ValueError.
#     """
# ```'''
# prompt = """
# Our finance team counts fiscal years ending in March, so 15 April 2024 is in "2025Q1". Please \
# write `fiscal_quarter(dates, year_end_month=3)` that turns a Series of datetimes into labels \
# like "2025Q1" (the fiscal year named by the calendar year it ends in, quarter 1 starting right \
# after `year_end_month`), keeping the index, giving a missing label for NaT and raising \
# ValueError when `year_end_month` is not 1-12. Then label my `orders` by `order_date` (year \
# ending March) into `order_fq`."""
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { orders = 'orders' }
# checks = [
#     '[None if pd.isna(label) else label for label in fiscal_quarter(pd.Series(pd.to_datetime(["2024-04-15", "2024-03-31", None, "2023-12-01", "2024-01-01"])))] == ["2025Q1", "2024Q4", None, "2024Q3", "2024Q4"]',
#     'fiscal_quarter(pd.Series(pd.to_datetime(["2024-06-30", "2024-07-01", "2024-12-31"])), year_end_month=6).tolist() == ["2024Q4", "2025Q1", "2025Q2"]',
#     'fiscal_quarter(pd.Series(pd.to_datetime(["2024-01-05", "2024-11-30"]), index=[7, 3]), year_end_month=12).to_dict() == {7: "2024Q1", 3: "2024Q4"}',
#     '__import__("unittest").TestCase().assertRaises(ValueError, fiscal_quarter, pd.Series(pd.to_datetime(["2024-01-05"])), 13) is None',
#     'order_fq.index.equals(orders.index) and list(order_fq) == [f"{day.year + (day.month > 3)}Q{(day.month - 4) % 12 // 3 + 1}" for day in orders["order_date"]]',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'datetime', 'validation']
# edge_cases = true
# ///
import calendar


def fiscal_quarter(dates, year_end_month=3):
    """Fiscal-quarter labels such as "2025Q1" for a Series of datetimes.

    The fiscal year ends with month `year_end_month` (1-12) and is named
    after the calendar year it ends in; quarter 1 starts the month after
    `year_end_month`. Returns a Series of strings with the index of
    `dates`; missing dates (NaT) give a missing label. A `year_end_month`
    outside 1-12 raises ValueError.
    """
    if not 1 <= year_end_month <= 12:
        raise ValueError(f"year_end_month must be 1-12, got {year_end_month}")
    # quarterly periods anchored on the year's last month, e.g. "Q-MAR"
    anchor = calendar.month_abbr[year_end_month].upper()
    return dates.dt.to_period(f"Q-{anchor}").astype("string")


order_fq = fiscal_quarter(orders["order_date"], year_end_month=3)
