# /// example
# task = """
# This code reads the CSV text `messy_csv` (columns `id,region,revenue,units,date`; units like \
# "2,765", regions spelt "north ", "N.", "NORTH", ...; "n/a" or empty when missing) in chunks of \
# 10 rows and should total the `units` per region, keyed by the region's capital initial (`N`, \
# `S`, `E`, `W`), into the Series `units_per_region`. Rows without a region are left out and \
# missing units count as 0. The totals come out far too small:
#
# ```python
# import io
#
# import pandas as pd
#
# reader = pd.read_csv(
#     io.StringIO(messy_csv), usecols=["region", "units"], dtype={"region": "string"}, thousands=",", chunksize=10
# )
# for chunk in reader:
#     chunk["region"] = chunk["region"].str.strip().str[0].str.upper()
#     units_per_region = chunk.groupby("region")["units"].sum()
# ```
#
# Fix it, still reading 10 rows at a time."""
# prompt = """
# My sales export `messy_csv` is too big for memory, so I read it 10 rows at a time and total the \
# `units` per region into `units_per_region`, keyed by the initial letter of the `region` (`N`, \
# `S`, `E`, `W`; the spellings vary, e.g. "north ", "N."). Rows whose region is missing ("n/a" or \
# empty) are skipped and missing units count as nothing:
#
# ```python
# import io
#
# import pandas as pd
#
# reader = pd.read_csv(
#     io.StringIO(messy_csv), usecols=["region", "units"], dtype={"region": "string"}, thousands=",", chunksize=10
# )
# for chunk in reader:
#     chunk["region"] = chunk["region"].str.strip().str[0].str.upper()
#     units_per_region = chunk.groupby("region")["units"].sum()
# ```
#
# The numbers are way lower than the real totals. What am I doing wrong?"""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { messy_csv = 'messy_csv' }
# checks = [
#     'isinstance(units_per_region, pd.Series)',
#     '(lambda pairs: sorted(units_per_region.index) == sorted({region for region, _ in pairs}) and all(np.isclose(units_per_region[region], sum(float(units) for key, units in pairs if key == region and units not in ("", "n/a"))) for region, _ in pairs))([(line.split(",")[1].strip()[:1].upper(), (head.split(chr(34))[-2] if head.endswith(chr(34)) else head.rsplit(",", 1)[1]).replace(",", "").strip()) for line in messy_csv.strip().splitlines()[1:] for head in [line.rsplit(",", 1)[0]] if line.split(",")[1].strip() not in ("", "n/a")])',
# ]
# difficulty = 'advanced'
# tags = ['debugging', 'file-io', 'incremental-processing', 'aggregation']
# edge_cases = true
# ///
import io

import pandas as pd

reader = pd.read_csv(
    io.StringIO(messy_csv),
    usecols=["region", "units"],
    dtype={"region": "string"},
    thousands=",",
    chunksize=10,
)
partial_totals = []
for chunk in reader:
    chunk["region"] = chunk["region"].str.strip().str[0].str.upper()
    partial_totals.append(chunk.groupby("region")["units"].sum())
# the loop reassigned the result on every chunk, keeping only the last one: collect the
# per-chunk sums and add them up once all chunks are read
units_per_region = pd.concat(partial_totals).groupby(level=0).sum()
