# /// example
# task = """
# Build `orders` from the table below, where `amount` is text as exported from a spreadsheet: \
# currency signs or codes (`$`, `€`, `USD`), spaces, thousands separators (`,`) and accounting \
# negatives in parentheses (`(250.00)` means -250). Add a float column `amount_value` to `orders` \
# with the parsed amounts (parentheses become a minus sign), using the `str` accessor and \
# `pd.to_numeric`, and store the total in `total`.
#
# | order | amount       |
# |-------|--------------|
# | A1    | $1,234.50    |
# | A2    | € 980        |
# | A3    | 12,000       |
# | A4    | (250.00)     |
# | A5    | $ 3.5        |
# | A6    | USD 2,100.75 |"""
# prompt = """
# My `orders` amounts came out of a spreadsheet as text, with currency signs or codes, spaces, \
# thousands separators and accounting-style negatives in parentheses. Put the table below into a \
# DataFrame `orders` (amounts as text), add a float column `amount_value` with the real numbers \
# (parentheses mean negative), and give me the sum in `total`.
#
# order | amount
# A1 | $1,234.50
# A2 | € 980
# A3 | 12,000
# A4 | (250.00)
# A5 | $ 3.5
# A6 | USD 2,100.75"""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'orders["order"].tolist() == ["A1", "A2", "A3", "A4", "A5", "A6"]',
#     'orders["amount"].tolist() == ["$1,234.50", "€ 980", "12,000", "(250.00)", "$ 3.5", "USD 2,100.75"]',
#     'orders["amount_value"].dtype.kind == "f"',
#     # an independent parse: keep digits and the point, negate when wrapped in parentheses
#     'np.allclose(orders["amount_value"], [(-1 if text.strip().startswith("(") else 1) * float("".join(c for c in text if c.isdigit() or c == ".")) for text in orders["amount"]])',
#     'np.isclose(total, sum((-1 if text.strip().startswith("(") else 1) * float("".join(c for c in text if c.isdigit() or c == ".")) for text in orders["amount"]))',
# ]
# difficulty = 'intermediate'
# tags = ['data-cleaning', 'parsing', 'text-processing', 'data-types']
# ///
import pandas as pd

orders = pd.DataFrame(
    {
        "order": ["A1", "A2", "A3", "A4", "A5", "A6"],
        "amount": ["$1,234.50", "€ 980", "12,000", "(250.00)", "$ 3.5", "USD 2,100.75"],
    }
)

amount_text = orders["amount"].str.strip()
is_negative = amount_text.str.startswith("(")
# drop everything that is not a digit or the decimal point: signs, codes, spaces, separators
digits = amount_text.str.replace(r"[^\d.]", "", regex=True)
amount = pd.to_numeric(digits)
orders["amount_value"] = amount.where(~is_negative, -amount)
total = orders["amount_value"].sum()
