# /// example
# task = """
# Parse the CSV text `raw_csv` (a header `site,dose,response` and four data lines, one of which \
# has an extra field) with `pd.read_csv` from a `StringIO`, skipping malformed lines with \
# `on_bad_lines="skip"`; store the table in `parsed` and the number of lines dropped (data lines \
# in the text minus parsed rows) in `n_skipped`."""
# prompt = """
# My CSV text `raw_csv` has the header site,dose,response and four data lines: north,2.5,7.1 / \
# south,3.0,8.4,oops (one field too many) / east,1.5,6.0 / north,4.0,9.2. Parse it with pandas \
# from an in-memory StringIO, skipping malformed lines instead of failing, and store the table in \
# `parsed` and the number of dropped lines (data lines in the text minus parsed rows) in \
# `n_skipped`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'n_skipped == 1',
#     # the well-formed data lines (as many fields as the header), read straight from the text
#     'parsed["site"].tolist() == [line.split(",")[0] for line in raw_csv.strip().splitlines()[1:] if len(line.split(",")) == len(raw_csv.strip().splitlines()[0].split(","))]',
#     'np.allclose(parsed["response"], [float(line.split(",")[2]) for line in raw_csv.strip().splitlines()[1:] if len(line.split(",")) == len(raw_csv.strip().splitlines()[0].split(","))])',
# ]
# difficulty = 'intermediate'
# tags = ['file-io', 'data-cleaning']
# ///
from io import StringIO

import pandas as pd

raw_csv = """site,dose,response
north,2.5,7.1
south,3.0,8.4,oops
east,1.5,6.0
north,4.0,9.2
"""
# a line with an extra field raises ParserError by default; "skip" drops it silently
parsed = pd.read_csv(StringIO(raw_csv), on_bad_lines="skip")
n_skipped = len(raw_csv.strip().splitlines()) - 1 - len(parsed)
