# /// example
# task = """
# Build the table below as `monthly` and add a column `pct_change`: the change of `revenue` from \
# the previous month in percent, rounded to 1 decimal (NaN for the first month).
#
# ```text
#      month  revenue
# 0  2024-01    200.0
# 1  2024-02    250.0
# 2  2024-03    225.0
# 3  2024-04    270.0
# ```
#
# Wanted `monthly`:
#
# ```text
#      month  revenue  pct_change
# 0  2024-01    200.0         NaN
# 1  2024-02    250.0        25.0
# 2  2024-03    225.0       -10.0
# 3  2024-04    270.0        20.0
# ```"""
# prompt = """
# How do I add month-over-month growth in percent (1 decimal) as a `pct_change` column to my \
# `monthly` revenue table?
#
# ```text
#      month  revenue
# 0  2024-01    200.0
# 1  2024-02    250.0
# 2  2024-03    225.0
# 3  2024-04    270.0
# ```
#
# I'm after this:
#
# ```text
#      month  revenue  pct_change
# 0  2024-01    200.0         NaN
# 1  2024-02    250.0        25.0
# 2  2024-03    225.0       -10.0
# 3  2024-04    270.0        20.0
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'np.allclose(monthly["pct_change"].to_numpy(dtype=float), [np.nan, 25.0, -10.0, 20.0], equal_nan=True)',
#     'monthly["revenue"].tolist() == [200.0, 250.0, 225.0, 270.0]',
#     'monthly["month"].tolist() == ["2024-01", "2024-02", "2024-03", "2024-04"]',
# ]
# difficulty = 'basic'
# tags = ['lags', 'derived-columns']
# ///
import pandas as pd

monthly = pd.DataFrame(
    {
        "month": ["2024-01", "2024-02", "2024-03", "2024-04"],
        "revenue": [200.0, 250.0, 225.0, 270.0],
    }
)
# pct_change gives a fraction of the previous value; * 100 turns it into percent
monthly["pct_change"] = (monthly["revenue"].pct_change() * 100).round(1)
