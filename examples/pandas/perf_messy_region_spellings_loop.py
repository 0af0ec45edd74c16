# /// example
# task = """
# The CSV text `messy_csv` (columns `id,region,revenue,units,date`) spells regions as `North`, \
# `north `, `N.`, `NORTH` and so on. This loop reads it into `sales` and replaces `region` by its \
# canonical name (`North`, `South`, `East` or `West`, from the first letter), missing where the \
# region is missing:
#
# ```python
# import io
#
# import pandas as pd
#
# canonical = {"n": "North", "s": "South", "e": "East", "w": "West"}
# sales = pd.read_csv(io.StringIO(messy_csv), na_values=["n/a"])
# regions = []
# for value in sales["region"]:
#     if isinstance(value, str) and value.strip():
#         regions.append(canonical[value.strip().lower()[0]])
#     else:
#         regions.append(None)
# sales["region"] = regions
# ```
#
# Do the normalisation with vectorised string methods instead, giving the same `sales`."""
# prompt = """
# My sales export `messy_csv` (columns `id`, `region`, `revenue`, `units`, `date`) has the \
# region typed in a dozen ways ("North", "north ", "N.", \
# "NORTH", ...), with `n/a` or blanks when unknown. I map each to `North`/`South`/`East`/`West` by \
# its first letter with a loop:
#
# ```python
# import io
#
# import pandas as pd
#
# canonical = {"n": "North", "s": "South", "e": "East", "w": "West"}
# sales = pd.read_csv(io.StringIO(messy_csv), na_values=["n/a"])
# regions = []
# for value in sales["region"]:
#     if isinstance(value, str) and value.strip():
#         regions.append(canonical[value.strip().lower()[0]])
#     else:
#         regions.append(None)
# sales["region"] = regions
# ```
#
# How do I do the same on the whole column at once, ending with the same `sales`?"""
# task_type = 'performance'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { messy_csv = 'messy_csv' }
# checks = [
#     'len(sales) == len(messy_csv.strip().splitlines()) - 1 and list(sales.columns) == ["id", "region", "revenue", "units", "date"]',
#     '[r if isinstance(r, str) else None for r in sales["region"]] == [None if field.strip() in ("", "n/a") else {"n": "North", "s": "South", "e": "East", "w": "West"}[field.strip().lower()[0]] for field in (line.split(",")[1] for line in messy_csv.strip().splitlines()[1:])]',
#     'sales["id"].tolist() == [int(line.split(",")[0]) for line in messy_csv.strip().splitlines()[1:]]',
# ]
# difficulty = 'basic'
# tags = ['vectorization', 'data-cleaning', 'text-processing']
# edge_cases = true
# ///
import io

import pandas as pd

canonical = {"n": "North", "s": "South", "e": "East", "w": "West"}
sales = pd.read_csv(io.StringIO(messy_csv), na_values=["n/a"])
# .str[0] takes the first character of every value; map leaves missing values missing
sales["region"] = sales["region"].str.strip().str.lower().str[0].map(canonical)
