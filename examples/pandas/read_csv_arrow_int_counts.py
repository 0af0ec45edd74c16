# /// example
# task = """
# `csv_text` holds the CSV log below, where some `count` cells are blank. Read it with \
# `pd.read_csv(..., dtype_backend="pyarrow")` into `log` so `count` stays an integer column \
# (`int64[pyarrow]`, blanks as `<NA>`) instead of turning into floats, count the blank counts in \
# `n_blank`, and total `count` per `station` into `station_totals` (missing counts are skipped, \
# and the totals stay integers).
#
# station,day,count
# A,2024-05-01,12
# A,2024-05-02,
# B,2024-05-01,7
# B,2024-05-02,9
# B,2024-05-03,"""
# prompt = """
# I have this CSV in a string `csv_text` (below); some `count` values are blank. When I read it \
# normally the counts become floats. Read it with Arrow-backed dtypes into `log` so `count` stays \
# an integer column (`int64[pyarrow]`) with missing values, tell me how many counts are blank in \
# `n_blank`, and give me the total count per `station` in `station_totals`, still as integers.
#
# station,day,count
# A,2024-05-01,12
# A,2024-05-02,
# B,2024-05-01,7
# B,2024-05-02,9
# B,2024-05-03,"""
# domain = 'data_processing'
# libraries = ['pandas', 'pyarrow']
# inputs = {}
# checks = [
#     'csv_text.split() == ["station,day,count", "A,2024-05-01,12", "A,2024-05-02,", "B,2024-05-01,7", "B,2024-05-02,9", "B,2024-05-03,"]',
#     'str(log["count"].dtype) == "int64[pyarrow]" and isinstance(log["station"].dtype, pd.ArrowDtype)',
#     'n_blank == sum(line.split(",")[2] == "" for line in csv_text.split()[1:])',
#     'log["count"].isna().tolist() == [line.split(",")[2] == "" for line in csv_text.split()[1:]]',
#     'str(station_totals.dtype) == "int64[pyarrow]"',
#     'station_totals.to_dict() == {s: sum(int(c) for st, _, c in (line.split(",") for line in csv_text.split()[1:]) if st == s and c) for s in ("A", "B")}',
# ]
# difficulty = 'basic'
# tags = ['file-io', 'data-types', 'missing-data']
# ///
import io

import pandas as pd

csv_text = """station,day,count
A,2024-05-01,12
A,2024-05-02,
B,2024-05-01,7
B,2024-05-02,9
B,2024-05-03,
"""

# Arrow types have their own missing-value marker, so integers need not become float64
log = pd.read_csv(io.StringIO(csv_text), dtype_backend="pyarrow")
n_blank = int(log["count"].isna().sum())
station_totals = log.groupby("station")["count"].sum()
