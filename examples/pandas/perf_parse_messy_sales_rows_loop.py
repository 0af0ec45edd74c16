# /// example
# task = """
# This loop parses the CSV text `messy_csv` (columns `id,region,revenue,units,date`) into the \
# table `clean` with three columns: `id` (integer), `region` (one of "North", "South", "East", \
# "West", whatever the spelling: "north ", "N.", "NORTH"; missing for an empty or "n/a" field) \
# and `revenue` (float from text like "$1,234.50"; NaN for an empty or "n/a" field), one row per \
# CSV row in file order:
#
# ```python
# import io
#
# import numpy as np
# import pandas as pd
#
# raw = pd.read_csv(io.StringIO(messy_csv), dtype=str, keep_default_na=False)
# names = {"n": "North", "s": "South", "e": "East", "w": "West"}
# rows = []
# for _, row in raw.iterrows():
#     region = row["region"].strip().lower()
#     amount = row["revenue"].replace("$", "").replace(",", "")
#     rows.append(
#         {
#             "id": int(row["id"]),
#             "region": names[region[0]] if region not in ("", "n/a") else None,
#             "revenue": float(amount) if amount not in ("", "n/a") else np.nan,
#         }
#     )
# clean = pd.DataFrame(rows)
# ```
#
# Build the same `clean` with column-wise string operations instead of the row loop."""
# prompt = """
# My sales export `messy_csv` is CSV text with `id,region,revenue,units,date`, where regions are \
# spelt every which way ("north ", "N.", "NORTH") and revenue looks like "$1,234.50"; "n/a" or an \
# empty field means missing. I turn it into `clean` with `id`, the canonical `region` ("North", \
# "South", "East" or "West") and numeric `revenue`, one row per CSV row:
#
# ```python
# import io
#
# import numpy as np
# import pandas as pd
#
# raw = pd.read_csv(io.StringIO(messy_csv), dtype=str, keep_default_na=False)
# names = {"n": "North", "s": "South", "e": "East", "w": "West"}
# rows = []
# for _, row in raw.iterrows():
#     region = row["region"].strip().lower()
#     amount = row["revenue"].replace("$", "").replace(",", "")
#     rows.append(
#         {
#             "id": int(row["id"]),
#             "region": names[region[0]] if region not in ("", "n/a") else None,
#             "revenue": float(amount) if amount not in ("", "n/a") else np.nan,
#         }
#     )
# clean = pd.DataFrame(rows)
# ```
#
# The real export has millions of lines and `iterrows` takes forever. How do I do this with \
# vectorised string methods?"""
# task_type = 'performance'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { messy_csv = 'messy_csv' }
# checks = [
#     'clean["id"].tolist() == [int(line.split(",")[0]) for line in messy_csv.strip().splitlines()[1:]]',
#     '[value if isinstance(value, str) else None for value in clean["region"]] == [{"N": "North", "S": "South", "E": "East", "W": "West"}[field.strip()[0].upper()] if field.strip() not in ("", "n/a") else None for field in (line.split(",")[1] for line in messy_csv.strip().splitlines()[1:])]',
#     'np.allclose(clean["revenue"].to_numpy(dtype=float, na_value=np.nan), [next((float(token[1:].replace(",", "")) for token in line.split(chr(34)) if token.startswith("$")), np.nan) for line in messy_csv.strip().splitlines()[1:]], equal_nan=True)',
# ]
# difficulty = 'advanced'
# tags = ['vectorization', 'data-cleaning', 'text-processing', 'parsing']
# edge_cases = true
# ///
import io

import pandas as pd

# "n/a" and empty fields are read as missing; every column stays text until it is parsed
raw = pd.read_csv(io.StringIO(messy_csv), dtype=str)
names = {"n": "North", "s": "South", "e": "East", "w": "West"}
clean = pd.DataFrame(
    {
        "id": raw["id"].astype(int),
        # the first letter after trimming names the region in every spelling ("north ", "N.", "NORTH")
        "region": raw["region"].str.strip().str[0].str.lower().map(names),
        "revenue": pd.to_numeric(raw["revenue"].str.replace(r"[$,]", "", regex=True)),
    }
)
