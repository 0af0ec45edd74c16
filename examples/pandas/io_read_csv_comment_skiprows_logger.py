# /// example
# task = """
# A data logger writes the text below: two lines of preamble before the header, and comment \
# lines starting with `#`. Store the text in `log_text` and read it with `pandas.read_csv` into \
# `readings`, skipping the preamble and the comment lines, with the empty temperature as NaN.
#
# ```text
# Logger v2.3 export
# Site: Lake Ridge
# time,temp_c,status
# 08:00,12.5,ok
# 08:10,12.9,ok
# # sensor offline 08:20-08:30
# 08:40,13.4,ok
# 08:50,,fault
# ```
#
# Wanted `readings`:
#
# ```text
#     time  temp_c status
# 0  08:00    12.5     ok
# 1  08:10    12.9     ok
# 2  08:40    13.4     ok
# 3  08:50     NaN  fault
# ```"""
# prompt = """
# My lake logger exports files like this, with two junk lines on top and `#` comment lines mixed \
# in:
#
# ```text
# Logger v2.3 export
# Site: Lake Ridge
# time,temp_c,status
# 08:00,12.5,ok
# 08:10,12.9,ok
# # sensor offline 08:20-08:30
# 08:40,13.4,ok
# 08:50,,fault
# ```
#
# Put the text in `log_text` and load it into a DataFrame `readings` that looks like this (the \
# missing temperature as NaN):
#
# ```text
#     time  temp_c status
# 0  08:00    12.5     ok
# 1  08:10    12.9     ok
# 2  08:40    13.4     ok
# 3  08:50     NaN  fault
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'list(readings.columns) == ["time", "temp_c", "status"]',
#     'readings["time"].tolist() == ["08:00", "08:10", "08:40", "08:50"]',
#     'np.allclose(readings["temp_c"].to_numpy(dtype=float), [12.5, 12.9, 13.4, np.nan], equal_nan=True)',
#     'readings["status"].tolist() == ["ok", "ok", "ok", "fault"]',
# ]
# difficulty = 'basic'
# tags = ['file-io', 'parsing']
# ///
import io

import pandas as pd

log_text = """Logger v2.3 export
Site: Lake Ridge
time,temp_c,status
08:00,12.5,ok
08:10,12.9,ok
# sensor offline 08:20-08:30
08:40,13.4,ok
08:50,,fault
"""
# skiprows drops the two preamble lines; comment="#" ignores everything after a "#"
readings = pd.read_csv(io.StringIO(log_text), skiprows=2, comment="#")
