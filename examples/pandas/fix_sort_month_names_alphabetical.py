# /// example
# task = """
# This code should order the monthly totals in `monthly` by calendar month (Jan, Feb, Mar, ...) \
# into `in_order`, but the months come out alphabetically (Apr, Feb, Jan, Mar):
#
# ```python
# import pandas as pd
#
# monthly = pd.DataFrame({"month": ["Mar", "Jan", "Apr", "Feb"], "total": [310.0, 120.0, 95.0, 240.0]})
# in_order = monthly.sort_values("month")
# ```
#
# Fix it."""
# prompt = """
# I want my `monthly` totals sorted by calendar month as `in_order`, but `sort_values` sorts the \
# month abbreviations alphabetically, April first:
#
# ```python
# import pandas as pd
#
# monthly = pd.DataFrame({"month": ["Mar", "Jan", "Apr", "Feb"], "total": [310.0, 120.0, 95.0, 240.0]})
# in_order = monthly.sort_values("month")
# ```
#
# How do I get Jan, Feb, Mar, Apr?"""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'in_order["month"].astype(str).tolist() == sorted(monthly["month"].astype(str), key=lambda m: pd.Timestamp(f"2024-{m}-01").month)',
#     'dict(zip(in_order["month"].astype(str), in_order["total"])) == dict(zip(monthly["month"].astype(str), monthly["total"]))',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'sorting', 'categorical']
# ///
import pandas as pd

monthly = pd.DataFrame(
    {"month": ["Mar", "Jan", "Apr", "Feb"], "total": [310.0, 120.0, 95.0, 240.0]}
)
# text sorts letter by letter: an ordered categorical sorts by the calendar order of its categories
calendar = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
monthly["month"] = pd.Categorical(monthly["month"], categories=calendar, ordered=True)
in_order = monthly.sort_values("month")
