# /// example
# task = """
# Build the price history Series `price` below (changes on the dates of its index) and the \
# DatetimeIndex `invoice_dates` = 2024-01-01, 2024-01-09, 2024-01-20, 2024-03-01. Store in \
# `invoice_price` the price in force on each invoice date (the latest price dated on or before it; \
# NaN before the first price), indexed by the invoice dates.
#
# ```text
# 2024-01-02    4.10
# 2024-01-09    4.25
# 2024-01-23    4.05
# 2024-02-06    4.40
# ```
#
# Wanted `invoice_price`:
#
# ```text
# 2024-01-01     NaN
# 2024-01-09    4.25
# 2024-01-20    4.25
# 2024-03-01    4.40
# ```"""
# prompt = """
# `price` lists when our price changed. For invoices dated 2024-01-01, 2024-01-09, 2024-01-20 and \
# 2024-03-01 (`invoice_dates`) I need the price valid that day, meaning the last change on or \
# before the date, NaN if there was none yet, as `invoice_price`:
#
# ```text
# 2024-01-02    4.10
# 2024-01-09    4.25
# 2024-01-23    4.05
# 2024-02-06    4.40
# ```
#
# Expected:
#
# ```text
# 2024-01-01     NaN
# 2024-01-09    4.25
# 2024-01-20    4.25
# 2024-03-01    4.40
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     # 2024-01-09 is itself a price date, so its own price applies
#     'np.allclose(np.asarray(invoice_price, dtype=float), [np.nan, 4.25, 4.25, 4.40], equal_nan=True)',
#     '[str(stamp.date()) for stamp in invoice_price.index] == ["2024-01-01", "2024-01-09", "2024-01-20", "2024-03-01"]',
# ]
# difficulty = 'basic'
# tags = ['time-series', 'index-alignment']
# ///
import pandas as pd

price = pd.Series(
    [4.10, 4.25, 4.05, 4.40],
    index=pd.to_datetime(["2024-01-02", "2024-01-09", "2024-01-23", "2024-02-06"]),
    name="price",
)
invoice_dates = pd.to_datetime(["2024-01-01", "2024-01-09", "2024-01-20", "2024-03-01"])
# asof takes the last price on or before each date (NaN before the first price)
invoice_price = price.asof(invoice_dates)
