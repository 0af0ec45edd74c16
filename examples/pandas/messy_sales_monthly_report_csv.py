# /// example
# task = """
# `messy_csv` is CSV text with header `id,region,revenue,units,date`: revenues like "$1,234.50", \
# regions spelt inconsistently ("north ", "N.", "NORTH"), "n/a" or empty fields for missing \
# values and some rows repeated. Read it, drop the repeated rows, map each region to "North", \
# "South", "East" or "West" by its first letter, and write the total revenue per region and \
# month as CSV text `report_csv`: header `region,month,revenue`, month as `YYYY-MM`, revenue with \
# exactly two decimals, rows sorted by region then month, no index column. Rows without a region \
# are left out; a missing revenue adds nothing to its total."""
# prompt = """
# I get a sales export as text, `messy_csv` (header `id,region,revenue,units,date`). Revenues are \
# strings like "$1,234.50", regions are typed any old way ("north ", "N.", "NORTH"), missing \
# values are "n/a" or empty, and some rows appear twice. I need a small CSV report for finance, \
# `report_csv`, with the header `region,month,revenue`: one line per region ("North", "South", \
# "East", "West") and month (`YYYY-MM`), revenue summed and written with two decimals, sorted by \
# region and then month, no index. Skip rows with no region, treat a missing revenue as nothing, \
# and count a duplicated row once."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { messy_csv = 'messy_csv' }
# checks = [
#     'report_csv.splitlines()[0] == "region,month,revenue"',
#     '(lambda rows: report_csv.strip().splitlines()[1:] == [f"{region},{month},{sum(amount for r, m, amount in rows if (r, m) == (region, month)):.2f}" for region, month in sorted({(r, m) for r, m, _ in rows})])([({"N": "North", "S": "South", "E": "East", "W": "West"}[line.split(",")[1].strip()[0].upper()], line.rsplit(",", 1)[1][:7], next((float(token[1:].replace(",", "")) for token in line.split(chr(34)) if token.startswith("$")), 0.0)) for line in set(messy_csv.strip().splitlines()[1:]) if line.split(",")[1].strip() not in ("", "n/a")])',
# ]
# difficulty = 'advanced'
# tags = ['file-io', 'data-cleaning', 'parsing', 'aggregation']
# edge_cases = true
# ///
import io

import pandas as pd


def parse_money(text):
    # "$1,234.50" -> 1234.5; the missing markers ("n/a", "") become NaN
    return float(text.lstrip("$").replace(",", "")) if text.startswith("$") else float("nan")


# a converter receives the raw field, before pandas' own missing-value handling
sales = pd.read_csv(
    io.StringIO(messy_csv), converters={"revenue": parse_money}, parse_dates=["date"]
)
sales = sales.drop_duplicates()
initials = sales["region"].str.strip().str[0].str.upper()
sales["region"] = initials.map({"N": "North", "S": "South", "E": "East", "W": "West"})
sales["month"] = sales["date"].dt.strftime("%Y-%m")
report = sales.groupby(["region", "month"], as_index=False)["revenue"].sum()
report_csv = report.to_csv(index=False, float_format="%.2f")
