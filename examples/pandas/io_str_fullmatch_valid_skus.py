# /// example
# task = """
# Build the product table below as `catalog` and add a boolean column `valid` that is True only \
# when the whole `sku` is three upper-case letters, a hyphen and exactly four digits (nothing \
# before or after).
#
# ```text
#          sku
# 0   ABC-1234
# 1   abc-1234
# 2  ABC-12345
# 3    XY-0001
# 4  QRS-0042
# 5   DEF-9876
# ```
#
# Wanted `catalog` (row 4 has a trailing space):
#
# ```text
#          sku  valid
# 0   ABC-1234   True
# 1   abc-1234  False
# 2  ABC-12345  False
# 3    XY-0001  False
# 4  QRS-0042   False
# 5   DEF-9876   True
# ```"""
# prompt = """
# I need to flag which SKUs in my `catalog` follow our format exactly: three capital letters, a \
# dash, four digits, and nothing else (row 4 has a trailing space, which should count as \
# invalid).
#
# ```text
#          sku
# 0   ABC-1234
# 1   abc-1234
# 2  ABC-12345
# 3    XY-0001
# 4  QRS-0042
# 5   DEF-9876
# ```
#
# I want a True/False column `valid`:
#
# ```text
#          sku  valid
# 0   ABC-1234   True
# 1   abc-1234  False
# 2  ABC-12345  False
# 3    XY-0001  False
# 4  QRS-0042   False
# 5   DEF-9876   True
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'catalog["valid"].tolist() == [True, False, False, False, False, True]',
#     'catalog["sku"].tolist() == ["ABC-1234", "abc-1234", "ABC-12345", "XY-0001", "QRS-0042 ", "DEF-9876"]',
# ]
# difficulty = 'basic'
# tags = ['text-processing', 'data-cleaning']
# ///
import pandas as pd

catalog = pd.DataFrame(
    {"sku": ["ABC-1234", "abc-1234", "ABC-12345", "XY-0001", "QRS-0042 ", "DEF-9876"]}
)
# fullmatch anchors the pattern at both ends; str.match would accept "ABC-12345" and "QRS-0042 "
catalog["valid"] = catalog["sku"].str.fullmatch(r"[A-Z]{3}-\d{4}")
