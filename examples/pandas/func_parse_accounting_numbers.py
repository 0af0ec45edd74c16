# /// example
# task = '''
# Write a function `to_number` with the signature and docstring below. Read the CSV text
# `messy_csv` with every column as text into `raw`, and convert its `revenue` column with
# `to_number` into `revenue`.
#
# ```python
# def to_number(values):
#     """Parse a Series of accounting-style number strings into float64.
#
#     Surrounding whitespace, the currency signs "$", "€" and "£" and the
#     thousands separator "," are ignored; a value wrapped in parentheses is
#     negative ("(1,200.50)" -> -1200.5). Missing values, blank strings and
#     anything that is still not a number become NaN. The result keeps the
#     index and name of `values`.
#     """
# ```'''
# prompt = """
# Our finance exports write numbers like `"$1,234.50"`, `" 17 "` or `"(2,000)"` for negatives. \
# I need `to_number(values)`: take a Series of such strings and give back float64, ignoring \
# whitespace, the signs $, € and £ and the "," thousands separator, making parenthesised values \
# negative, and turning missing, blank or unparseable entries into NaN; keep the Series' index \
# and name. Then read my CSV text `messy_csv` with all columns as strings into `raw` and convert \
# its `revenue` column into `revenue`."""
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { messy_csv = 'messy_csv' }
# checks = [
#     'np.allclose(to_number(pd.Series(["$1,234.50", "(2,000)", "  17 ", "€0.75", "£3"])).to_numpy(), [1234.5, -2000.0, 17.0, 0.75, 3.0])',
#     'to_number(pd.Series(["n/a", "", None, "  ", "1,5,0"], dtype=object)).isna().tolist() == [True, True, True, True, False] and to_number(pd.Series(["n/a", "", None, "  ", "1,5,0"], dtype=object)).iloc[-1] == 150.0',
#     'to_number(pd.Series(["(0.5)", "-3"], index=[10, 20], name="amount")).to_dict() == {10: -0.5, 20: -3.0} and to_number(pd.Series(["(0.5)", "-3"], index=[10, 20], name="amount")).name == "amount"',
#     'to_number(pd.Series(["1"])).dtype == np.float64 and to_number(pd.Series([], dtype=str)).empty',
#     'len(raw) == len(messy_csv.strip().splitlines()) - 1 and list(raw.columns) == messy_csv.splitlines()[0].split(",")',
#     'revenue.dtype == np.float64 and revenue.index.equals(raw.index)',
#     'np.allclose(revenue.to_numpy(), pd.to_numeric(raw["revenue"].str.strip().str.lstrip("$").str.replace(",", "")).to_numpy(dtype=float), equal_nan=True)',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'data-cleaning', 'parsing', 'missing-data']
# edge_cases = true
# ///
import io

import pandas as pd


def to_number(values):
    """Parse a Series of accounting-style number strings into float64.

    Surrounding whitespace, the currency signs "$", "€" and "£" and the
    thousands separator "," are ignored; a value wrapped in parentheses is
    negative ("(1,200.50)" -> -1200.5). Missing values, blank strings and
    anything that is still not a number become NaN. The result keeps the
    index and name of `values`.
    """
    text = values.astype("string").str.strip()
    negative = text.str.startswith("(") & text.str.endswith(")")
    digits = text.str.replace(r"[()$€£,]", "", regex=True)
    # errors="coerce" turns "n/a", "" and other leftovers into missing values
    numbers = pd.to_numeric(digits, errors="coerce").astype("float64")
    return numbers.where(~negative.fillna(False), -numbers)


raw = pd.read_csv(io.StringIO(messy_csv), dtype=str)
revenue = to_number(raw["revenue"])
