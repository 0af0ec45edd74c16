# /// example
# task = """
# Invoice numbers encode a three-letter document kind and the issue date: `INV20240315-0042` is \
# an invoice issued on 2024-03-15. Build the table below as `invoices` and add `kind` (the first \
# three characters) and `issued` (characters 4 to 11 parsed as a `YYYYMMDD` date, datetime64).
#
# ```text
#             invoice
# 0  INV20240315-0042
# 1  INV20231130-0007
# 2  CRN20240102-0311
# 3  INV20240229-0100
# ```
#
# Wanted `invoices`:
#
# ```text
#             invoice kind     issued
# 0  INV20240315-0042  INV 2024-03-15
# 1  INV20231130-0007  INV 2023-11-30
# 2  CRN20240102-0311  CRN 2024-01-02
# 3  INV20240229-0100  INV 2024-02-29
# ```"""
# prompt = """
# Our document numbers look like `INV20240315-0042`: a three-letter kind (INV invoice, CRN \
# credit note), then the issue date as YYYYMMDD, then a counter. From this `invoices` table
#
# ```text
#             invoice
# 0  INV20240315-0042
# 1  INV20231130-0007
# 2  CRN20240102-0311
# 3  INV20240229-0100
# ```
#
# I want a `kind` column and a real date column `issued`:
#
# ```text
#             invoice kind     issued
# 0  INV20240315-0042  INV 2024-03-15
# 1  INV20231130-0007  INV 2023-11-30
# 2  CRN20240102-0311  CRN 2024-01-02
# 3  INV20240229-0100  INV 2024-02-29
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'invoices["kind"].tolist() == ["INV", "INV", "CRN", "INV"]',
#     'pd.api.types.is_datetime64_any_dtype(invoices["issued"])',
#     'invoices["issued"].dt.strftime("%Y-%m-%d").tolist() == ["2024-03-15", "2023-11-30", "2024-01-02", "2024-02-29"]',
# ]
# difficulty = 'basic'
# tags = ['text-processing', 'parsing', 'datetime']
# ///
import pandas as pd

invoices = pd.DataFrame(
    {"invoice": ["INV20240315-0042", "INV20231130-0007", "CRN20240102-0311", "INV20240229-0100"]}
)
invoices["kind"] = invoices["invoice"].str.slice(0, 3)
# characters 3..10 (0-based, stop exclusive at 11) hold the date digits
invoices["issued"] = pd.to_datetime(invoices["invoice"].str.slice(3, 11), format="%Y%m%d")
