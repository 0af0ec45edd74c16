# /// example
# task = """
# A spreadsheet export stored US ZIP codes as numbers, dropping their leading zeros. Build the \
# table below as `customers` and turn `zip` back into 5-character text codes, padded with \
# leading zeros, in place.
#
# ```text
#   customer    zip
# 0      Ana   2134
# 1      Ben  90210
# 2     Caro    501
# 3      Dev  60614
# ```
#
# Wanted `customers`:
#
# ```text
#   customer    zip
# 0      Ana  02134
# 1      Ben  90210
# 2     Caro  00501
# 3      Dev  60614
# ```"""
# prompt = """
# Excel ate the leading zeros of my ZIP codes, so my `customers` table looks like this:
#
# ```text
#   customer    zip
# 0      Ana   2134
# 1      Ben  90210
# 2     Caro    501
# 3      Dev  60614
# ```
#
# I need `zip` as proper 5-character strings again:
#
# ```text
#   customer    zip
# 0      Ana  02134
# 1      Ben  90210
# 2     Caro  00501
# 3      Dev  60614
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'customers["zip"].tolist() == ["02134", "90210", "00501", "60614"]',
#     'customers["customer"].tolist() == ["Ana", "Ben", "Caro", "Dev"]',
# ]
# difficulty = 'basic'
# tags = ['data-cleaning', 'text-processing', 'data-types']
# ///
import pandas as pd

customers = pd.DataFrame(
    {"customer": ["Ana", "Ben", "Caro", "Dev"], "zip": [2134, 90210, 501, 60614]}
)
# zfill pads on the left with zeros up to the given width
customers["zip"] = customers["zip"].astype(str).str.zfill(5)
