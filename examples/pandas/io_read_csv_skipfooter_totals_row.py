# /// example
# task = """
# A spreadsheet export ends with a `Total` row that must not be read as data. Store the CSV text \
# below in `csv_text` and read it into `quarterly` without the last line, so that `q1` and `q2` \
# are integer columns holding only the three regions.
#
# ```text
# region,q1,q2
# North,120,135
# South,98,102
# East,143,150
# Total,361,387
# ```
#
# Wanted `quarterly`:
#
# ```text
#   region   q1   q2
# 0  North  120  135
# 1  South   98  102
# 2   East  143  150
# ```"""
# prompt = """
# The finance team's CSV always has a totals line at the bottom:
#
# ```text
# region,q1,q2
# North,120,135
# South,98,102
# East,143,150
# Total,361,387
# ```
#
# Keep that text in `csv_text` and load it as `quarterly` without the footer, so that I only get \
# the regions (and can recompute totals myself):
#
# ```text
#   region   q1   q2
# 0  North  120  135
# 1  South   98  102
# 2   East  143  150
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'quarterly["region"].tolist() == ["North", "South", "East"]',
#     'quarterly["q1"].tolist() == [120, 98, 143] and quarterly["q2"].tolist() == [135, 102, 150]',
#     'pd.api.types.is_integer_dtype(quarterly["q1"]) and pd.api.types.is_integer_dtype(quarterly["q2"])',
# ]
# difficulty = 'basic'
# tags = ['file-io', 'parsing']
# ///
import io

import pandas as pd

csv_text = """region,q1,q2
North,120,135
South,98,102
East,143,150
Total,361,387
"""
# skipfooter drops lines at the end of the file; only the Python parser engine supports it
quarterly = pd.read_csv(io.StringIO(csv_text), skipfooter=1, engine="python")
