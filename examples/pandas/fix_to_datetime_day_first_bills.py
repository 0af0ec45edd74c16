# /// example
# task = """
# The meter readings `bills` have dates written day first (`05/01/2024` is 5 January 2024). This \
# code should parse the `date` column into datetimes and total `kwh` per calendar month, labelled \
# by the first day of the month, in `monthly`, but it raises an error:
#
# ```python
# import pandas as pd
#
# bills = pd.DataFrame(
#     {
#         "date": ["05/01/2024", "12/01/2024", "19/01/2024", "02/02/2024", "16/02/2024"],
#         "kwh": [41.2, 38.9, 44.0, 39.5, 36.1],
#     }
# )
# bills["date"] = pd.to_datetime(bills["date"])
# monthly = bills.set_index("date")["kwh"].resample("MS").sum()
# ```
#
# ```text
# ValueError: time data "19/01/2024" doesn't match format "%m/%d/%Y". You might want to try:
# ```
#
# Fix it, keeping `bills` with its parsed `date` column."""
# prompt = """
# My electricity readings are in `bills`, dates written the European way (day/month/year, so \
# `05/01/2024` is 5 January). I want \
# the `date` column parsed and the monthly kWh totals in `monthly`, labelled by the first of each \
# month:
#
# ```python
# import pandas as pd
#
# bills = pd.DataFrame(
#     {
#         "date": ["05/01/2024", "12/01/2024", "19/01/2024", "02/02/2024", "16/02/2024"],
#         "kwh": [41.2, 38.9, 44.0, 39.5, 36.1],
#     }
# )
# bills["date"] = pd.to_datetime(bills["date"])
# monthly = bills.set_index("date")["kwh"].resample("MS").sum()
# ```
#
# This fails with
#
# ```text
# ValueError: time data "19/01/2024" doesn't match format "%m/%d/%Y". You might want to try:
# ```
#
# How do I parse these dates correctly?"""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'pd.api.types.is_datetime64_any_dtype(bills["date"])',
#     # each parsed date written back day first gives the text it came from
#     'bills["date"].dt.strftime("%d/%m/%Y").tolist() == ["05/01/2024", "12/01/2024", "19/01/2024", "02/02/2024", "16/02/2024"]',
#     'list(monthly.index) == [pd.Timestamp("2024-01-01"), pd.Timestamp("2024-02-01")]',
#     'np.allclose(monthly.to_numpy(), [41.2 + 38.9 + 44.0, 39.5 + 36.1])',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'datetime', 'parsing', 'resampling']
# ///
import pandas as pd

bills = pd.DataFrame(
    {
        "date": ["05/01/2024", "12/01/2024", "19/01/2024", "02/02/2024", "16/02/2024"],
        "kwh": [41.2, 38.9, 44.0, 39.5, 36.1],
    }
)
# pandas guessed month-first from the first value; state the day-first format explicitly
bills["date"] = pd.to_datetime(bills["date"], format="%d/%m/%Y")
monthly = bills.set_index("date")["kwh"].resample("MS").sum()
