# /// example
# task = """
# The 2 x 3 array `table` holds counts: rows are the exposure levels "exposed" and "unexposed", \
# columns the outcomes "none", "mild", "severe". Turn it into a long DataFrame `records` with one \
# row per counted observation and the columns `exposure` and `outcome` (so "exposed"/"none" \
# appears table[0, 0] times, and so on), by labelling the table as a DataFrame, stacking it to \
# one count per cell and repeating each cell's labels by its count. Use a fresh 0..n-1 index."""
# prompt = """
# I only have the aggregated counts in `table` (2 x 3: rows "exposed", "unexposed"; columns \
# "none", "mild", "severe") but a tool that wants raw records. Please expand it into a DataFrame \
# `records` with columns `exposure` and `outcome` and one row per individual, index 0..n-1."""
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { table = 'table' }
# checks = [
#     'len(records) == int(np.sum(table)) and list(records.index) == list(range(int(np.sum(table))))',
#     'all(((records["exposure"] == row) & (records["outcome"] == col)).sum() == table[i, j] for i, row in enumerate(["exposed", "unexposed"]) for j, col in enumerate(["none", "mild", "severe"]))',
# ]
# difficulty = 'intermediate'
# tags = ['reshaping', 'counting']
# edge_cases = true
# ///
import pandas as pd

counts = pd.DataFrame(
    table,
    index=pd.Index(["exposed", "unexposed"], name="exposure"),
    columns=pd.Index(["none", "mild", "severe"], name="outcome"),
).stack()
# each (exposure, outcome) label pair is repeated as often as its count says
records = counts.index.repeat(counts.to_numpy()).to_frame(index=False)
