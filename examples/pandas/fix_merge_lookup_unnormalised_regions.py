# /// example
# task = """
# This code reads the CSV text `messy_csv` (columns `id,region,revenue,units,date`) and should \
# attach each row's regional `manager` from a lookup table, giving `report` (one row per CSV \
# row, in file order). But most rows get no manager, because the regions are spelt \
# inconsistently ("north ", "N.", "NORTH", ...); only rows without a region (an empty or "n/a" \
# field) should lack one:
#
# ```python
# import io
#
# import pandas as pd
#
# sales = pd.read_csv(io.StringIO(messy_csv))
# managers = pd.DataFrame({"region": ["North", "South", "East", "West"], "manager": ["Iris", "Omar", "Lena", "Raj"]})
# report = sales.merge(managers, on="region", how="left")
# ```
#
# Fix it so every row whose region is given gets its manager."""
# prompt = """
# I join a manager to each row of my sales export `messy_csv` (header `id,region,revenue,units,date`) \
# to build `report`, one row per sales row in the original order:
#
# ```python
# import io
#
# import pandas as pd
#
# sales = pd.read_csv(io.StringIO(messy_csv))
# managers = pd.DataFrame({"region": ["North", "South", "East", "West"], "manager": ["Iris", "Omar", "Lena", "Raj"]})
# report = sales.merge(managers, on="region", how="left")
# ```
#
# Half the rows come back with a missing `manager` even though they have a region: the export \
# writes it as "north ", "N.", "NORTH" and so on. Rows with no region (empty or "n/a") can stay \
# without a manager."""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { messy_csv = 'messy_csv' }
# checks = [
#     'len(report) == len(messy_csv.strip().splitlines()) - 1',
#     '[value if isinstance(value, str) else None for value in report["manager"]] == [{"N": "Iris", "S": "Omar", "E": "Lena", "W": "Raj"}[field.strip()[0].upper()] if field.strip() not in ("", "n/a") else None for field in (line.split(",")[1] for line in messy_csv.strip().splitlines()[1:])]',
#     'report["id"].tolist() == [int(line.split(",")[0]) for line in messy_csv.strip().splitlines()[1:]]',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'merging', 'data-cleaning', 'text-processing']
# edge_cases = true
# ///
import io

import pandas as pd

sales = pd.read_csv(io.StringIO(messy_csv))
managers = pd.DataFrame(
    {"region": ["North", "South", "East", "West"], "manager": ["Iris", "Omar", "Lena", "Raj"]}
)
# merge matches keys exactly: map every spelling to the canonical name before joining
initials = sales["region"].str.strip().str[0].str.upper()
sales["region"] = initials.map({"N": "North", "S": "South", "E": "East", "W": "West"})
report = sales.merge(managers, on="region", how="left")
