# /// example
# task = """
# Build the frame `lab` below and make `flags`, a boolean frame of the same shape: True where a \
# value lies below Q1 - 1.5 IQR or above Q3 + 1.5 IQR of its own column (quartiles with pandas' \
# default linear interpolation).
#
# ```text
#    glucose  sodium
# 0      5.1     140
# 1      5.4     138
# 2      4.9     141
# 3      5.2     120
# 4      9.8     139
# 5      5.0     142
# ```
#
# Wanted `flags`:
#
# ```text
#    glucose  sodium
# 0    False   False
# 1    False   False
# 2    False   False
# 3    False    True
# 4     True   False
# 5    False   False
# ```"""
# prompt = """
# I want to flag outliers in every numeric column of `lab` with the usual 1.5 x IQR rule, each \
# column with its own quartiles (default `quantile` interpolation), and get a True/False frame \
# `flags` of the same shape:
#
# ```text
#    glucose  sodium
# 0      5.1     140
# 1      5.4     138
# 2      4.9     141
# 3      5.2     120
# 4      9.8     139
# 5      5.0     142
# ```
#
# Expected:
#
# ```text
#    glucose  sodium
# 0    False   False
# 1    False   False
# 2    False   False
# 3    False    True
# 4     True   False
# 5    False   False
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'flags["glucose"].tolist() == [False, False, False, False, True, False]',
#     'flags["sodium"].tolist() == [False, False, False, True, False, False]',
#     'flags.shape == lab.shape and list(flags.columns) == ["glucose", "sodium"]',
# ]
# difficulty = 'advanced'
# tags = ['outliers', 'quantiles', 'column-wise']
# ///
import pandas as pd

lab = pd.DataFrame(
    {
        "glucose": [5.1, 5.4, 4.9, 5.2, 9.8, 5.0],
        "sodium": [140, 138, 141, 120, 139, 142],
    }
)
q1, q3 = lab.quantile(0.25), lab.quantile(0.75)
iqr = q3 - q1
# comparisons with a Series align on the column names, so each column uses its own fences
flags = lab.lt(q1 - 1.5 * iqr) | lab.gt(q3 + 1.5 * iqr)
