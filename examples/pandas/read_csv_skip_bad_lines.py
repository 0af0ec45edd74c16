# /// example
# task = """
# Parse the CSV text `raw_csv` (one data line has an extra field) with `pd.read_csv` from a \
# `StringIO`, skipping malformed lines with `on_bad_lines="skip"`; store the table in `parsed` \
# and the number of lines dropped (data lines in the text minus parsed rows) in `n_skipped`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'n_skipped == 1',
#     'parsed["site"].tolist() == ["north", "east", "north"]',
#     'np.allclose(parsed["response"], [7.1, 6.0, 9.2])',
# ]
# difficulty = 'intermediate'
# tags = ['io', 'csv', 'error-handling']
# ///
from io import StringIO

import pandas as pd

raw_csv = """site,dose,response
north,2.5,7.1
south,3.0,8.4,oops
east,1.5,6.0
north,4.0,9.2
"""
parsed = pd.read_csv(StringIO(raw_csv), on_bad_lines="skip")
n_skipped = len(raw_csv.strip().splitlines()) - 1 - len(parsed)
