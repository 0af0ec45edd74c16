# /// example
# task = """
# `messy_csv` is the text of a CSV file with header `id,region,revenue,units,date`. Revenues are \
# written like "$1,234.50", unit counts may carry thousands separators ("1,200"), regions are spelt \
# inconsistently ("North", "north ", "N.", "NORTH"), "n/a" and empty fields mark missing values, and \
# some rows are repeated. Read it into `clean`: columns id, region, revenue, units, date; revenue as \
# float, units as a number, date as datetime, region mapped to "North", "South", "East" or "West" \
# by its first letter (missing stays missing), exact repeated rows dropped. Store the total revenue \
# per region in `revenue_by_region` (a Series indexed by region)."""
# prompt = """
# I exported sales as CSV text, in `messy_csv` (header `id,region,revenue,units,date`), and it's a \
# mess: revenues look like "$1,234.50", units sometimes have thousands separators like "1,200", the \
# region is typed any old way ("North", "north ", "N.", "NORTH"), missing values are "n/a" or just \
# empty, and some rows appear twice. Give me a tidy DataFrame `clean` with columns id, region, \
# revenue, units, date: revenue a float, units numeric, date parsed as datetime, and region \
# normalised to "North", "South", "East" or "West" from its first letter (leave missing ones \
# missing), with exact duplicate rows removed. Then total the revenue per region in \
# `revenue_by_region`, a Series indexed by region."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { messy_csv = 'messy_csv' }
# checks = [
#     "list(clean.columns) == ['id', 'region', 'revenue', 'units', 'date']",
#     # one row per distinct data line of the text
#     'len(clean) == len(set(messy_csv.strip().splitlines()[1:]))',
#     "set(clean['region'].dropna()) <= {'North', 'South', 'East', 'West'}",
#     "(clean['region'] == 'North').sum() == sum(1 for line in set(messy_csv.strip().splitlines()[1:]) if line.split(',')[1].strip() != 'n/a' and line.split(',')[1].strip().upper()[:1] == 'N')",
#     "pd.api.types.is_float_dtype(clean['revenue']) and pd.api.types.is_datetime64_any_dtype(clean['date']) and pd.api.types.is_numeric_dtype(clean['units'])",
#     # every "$..." amount of the distinct lines, summed
#     """np.isclose(clean['revenue'].sum(), sum(float(part[1:].replace(',', '')) for line in set(messy_csv.strip().splitlines()[1:]) for part in line.split('"') if part.startswith('$')))""",
#     # rows whose region is missing belong to no region
#     "np.isclose(revenue_by_region.sum(), clean.loc[clean['region'].notna(), 'revenue'].sum()) and set(revenue_by_region.index) <= {'North', 'South', 'East', 'West'}",
#     "all(np.isclose(revenue_by_region[r], clean.loc[clean['region'] == r, 'revenue'].sum()) for r in revenue_by_region.index)",
# ]
# difficulty = 'intermediate'
# tags = ['parsing', 'data-cleaning', 'file-io', 'text-processing', 'groupby']
# edge_cases = true
# ///
import io

import pandas as pd

# "n/a" and empty fields are missing; thousands="," also reads quoted counts like "1,200"
clean = pd.read_csv(io.StringIO(messy_csv), na_values=["n/a"], thousands=",", parse_dates=["date"])
clean = clean.drop_duplicates().reset_index(drop=True)

amounts = clean["revenue"].astype("string").str.replace(r"[$,]", "", regex=True)
clean["revenue"] = pd.to_numeric(amounts).astype(float)

canonical = {"N": "North", "S": "South", "E": "East", "W": "West"}
clean["region"] = clean["region"].astype("string").str.strip().str.upper().str[0].map(canonical)

revenue_by_region = clean.groupby("region")["revenue"].sum()
