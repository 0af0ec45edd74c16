# /// example
# task = """
# Build the Series of shirt sizes below as `sizes`, typed by hand, and turn it into an ordered \
# categorical whose categories are exactly `XS` < `S` < `M` < `L` < `XL` (anything else, such as \
# `XXL` or the lower-case `s`, becomes missing). Store the number of shirts per size in category \
# order, including sizes nobody ordered, in `size_counts`, and the largest size ordered in \
# `largest`.
#
# ```text
# 0      M
# 1     XL
# 2      S
# 3      M
# 4    XXL
# 5      L
# 6      s
# ```
#
# Wanted:
#
# ```text
# size_counts
# XS    0
# S     1
# M     2
# L     1
# XL    1
#
# largest
# XL
# ```"""
# prompt = """
# I have shirt sizes typed in by hand as a Series `sizes`:
#
# ```text
# 0      M
# 1     XL
# 2      S
# 3      M
# 4    XXL
# 5      L
# 6      s
# ```
#
# Only `XS`, `S`, `M`, `L` and `XL` are valid, in that order; anything else should become \
# missing. Make `sizes` an ordered categorical, then give me the count per size in size order \
# (zero for sizes nobody ordered) as `size_counts`, and the biggest size ordered as `largest`:
#
# ```text
# size_counts
# XS    0
# S     1
# M     2
# L     1
# XL    1
#
# largest
# XL
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'isinstance(sizes.dtype, pd.CategoricalDtype) and sizes.cat.ordered and list(sizes.cat.categories) == ["XS", "S", "M", "L", "XL"]',
#     'sizes.isna().tolist() == [False, False, False, False, True, False, True]',
#     'list(size_counts.index) == ["XS", "S", "M", "L", "XL"] and size_counts.tolist() == [0, 1, 2, 1, 1]',
#     'largest == "XL"',
# ]
# difficulty = 'basic'
# tags = ['categorical', 'data-cleaning', 'counting']
# ///
import pandas as pd

sizes = pd.Series(["M", "XL", "S", "M", "XXL", "L", "s"])
# set_categories keeps the listed sizes in this order and turns every other value into NaN
sizes = sizes.astype("category").cat.set_categories(["XS", "S", "M", "L", "XL"], ordered=True)
# sort=False keeps the category order instead of sorting by count
size_counts = sizes.value_counts(sort=False)
largest = sizes.max()
