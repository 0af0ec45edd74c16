# /// example
# task = """
# Read the CSV text `messy_csv` (columns `id,region,revenue,units,date`) with `id` as the index \
# and `date` parsed as datetime64, into `sales`. Some rows were exported twice with the same \
# `id`: store the ids that occur more than once in `repeated_ids` (a sorted list, each id once) \
# and keep only the first row of each id in `deduped`, rows otherwise in file order."""
# prompt = """
# Our export `messy_csv` (id, region, revenue, units, date) sometimes writes a row twice. Load it \
# as `sales` indexed by `id` with the dates parsed, tell me which ids are repeated as a sorted \
# list `repeated_ids` (each id once), and give me `deduped` with just the first row per id, in \
# file order."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { messy_csv = 'messy_csv' }
# checks = [
#     'sales.index.name == "id" and len(sales) == len(messy_csv.strip().splitlines()) - 1',
#     'pd.api.types.is_datetime64_any_dtype(sales["date"])',
#     'list(repeated_ids) == sorted({i for i in (int(line.split(",")[0]) for line in messy_csv.strip().splitlines()[1:]) if [int(l.split(",")[0]) for l in messy_csv.strip().splitlines()[1:]].count(i) > 1})',
#     'list(deduped.index) == list(dict.fromkeys(int(line.split(",")[0]) for line in messy_csv.strip().splitlines()[1:]))',
#     'deduped.index.is_unique and list(deduped.columns) == ["region", "revenue", "units", "date"]',
# ]
# difficulty = 'basic'
# tags = ['file-io', 'data-cleaning']
# edge_cases = true
# ///
import io

import pandas as pd

sales = pd.read_csv(io.StringIO(messy_csv), index_col="id", parse_dates=["date"])
# keep=False marks every copy of a repeated id, the default keep="first" all but the first
repeated_ids = sorted(sales.index[sales.index.duplicated(keep=False)].unique().tolist())
deduped = sales[~sales.index.duplicated()]
