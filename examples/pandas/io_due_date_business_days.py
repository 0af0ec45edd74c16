# /// example
# task = """
# Build the table `invoices` below (all issue dates are weekdays) and add `due`: the issue date \
# plus 5 business days (Monday to Friday, weekends skipped, no holidays).
#
# ```text
#   invoice     issued
# 0     A-1 2024-05-06
# 1     A-2 2024-05-09
# 2     A-3 2024-05-10
# ```
#
# Wanted `invoices`:
#
# ```text
#   invoice     issued        due
# 0     A-1 2024-05-06 2024-05-13
# 1     A-2 2024-05-09 2024-05-16
# 2     A-3 2024-05-10 2024-05-17
# ```"""
# prompt = """
# Our `invoices` are due 5 business days after issue (weekends don't count, no holiday calendar \
# needed). Issue dates are always weekdays. How do I add the `due` column?
#
# ```text
#   invoice     issued
# 0     A-1 2024-05-06
# 1     A-2 2024-05-09
# 2     A-3 2024-05-10
# ```
#
# Should give:
#
# ```text
#   invoice     issued        due
# 0     A-1 2024-05-06 2024-05-13
# 1     A-2 2024-05-09 2024-05-16
# 2     A-3 2024-05-10 2024-05-17
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'list(invoices["due"].dt.strftime("%Y-%m-%d")) == ["2024-05-13", "2024-05-16", "2024-05-17"]',
#     'pd.api.types.is_datetime64_any_dtype(invoices["due"])',
#     'list(pd.to_datetime(invoices["issued"]).dt.strftime("%Y-%m-%d")) == ["2024-05-06", "2024-05-09", "2024-05-10"]',
# ]
# difficulty = 'intermediate'
# tags = ['datetime', 'derived-columns']
# ///
import pandas as pd

invoices = pd.DataFrame(
    {
        "invoice": ["A-1", "A-2", "A-3"],
        "issued": pd.to_datetime(["2024-05-06", "2024-05-09", "2024-05-10"]),
    }
)
# BDay counts Monday-Friday only, so Thursday + 5 lands on the next Thursday
invoices["due"] = invoices["issued"] + pd.offsets.BDay(5)
