# /// example
# task = '''
# Write a function `parse_amount` with the signature and docstring below.
#
# ```python
# def parse_amount(texts):
#     """Split money text into a numeric amount and an ISO currency code.
#
#     Understands a symbol or a 3-letter code before the number ("$99.95",
#     "£7", "€5", "EUR 1.234,50") or a code after it ("1,200 USD"); $, £ and
#     € mean USD, GBP and EUR. A comma followed by exactly two final digits is
#     a decimal comma ("1.234,50" is 1234.5); otherwise commas separate
#     thousands. Returns a DataFrame with a float column `amount` and a string
#     column `currency` (<NA> when no currency is given), same index as
#     `texts`; missing or unparseable text gives NaN and <NA>.
#     """
# ```'''
# prompt = """
# Payment amounts from several shops arrive as free text: "$99.95", "£7", "EUR 1.234,50", \
# "1,200 USD". Please write `parse_amount(texts)` that takes a Series of such strings and returns \
# a DataFrame (same index) with a float `amount` and a string `currency` code: $ -> USD, £ -> GBP, \
# € -> EUR, or the 3-letter code written before or after the number (<NA> if none). Treat a comma \
# followed by exactly two last digits as a decimal comma, other commas as thousands separators, \
# and give NaN/<NA> for missing or unreadable entries."""
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'np.allclose(parse_amount(pd.Series(["EUR 1.234,50", "$99.95", "1,200 USD", "£7"]))["amount"].to_numpy(dtype=float), [1234.5, 99.95, 1200.0, 7.0])',
#     'parse_amount(pd.Series(["EUR 1.234,50", "$99.95", "1,200 USD", "£7"]))["currency"].tolist() == ["EUR", "USD", "USD", "GBP"]',
#     '(lambda result: list(result.index) == ["x", "y", "z", "w"] and np.allclose(result["amount"].to_numpy(dtype=float), [np.nan, np.nan, 12.5, 1234.0], equal_nan=True) and [c if isinstance(c, str) else None for c in result["currency"]] == [None, None, "EUR", None])(parse_amount(pd.Series(["n/a", None, "12,50 EUR", "1234"], index=["x", "y", "z", "w"])))',
#     'len(parse_amount(pd.Series([], dtype=object))) == 0',
#     # digits and separators that do not form a number: NaN, not an exception
#     'np.isnan(parse_amount(pd.Series(["1.2.3 USD"]))["amount"].iloc[0])',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'parsing', 'text-processing', 'data-cleaning']
# ///
import pandas as pd

SYMBOLS = {"$": "USD", "£": "GBP", "€": "EUR"}


def parse_amount(texts):
    """Split money text into a numeric amount and an ISO currency code.

    Understands a symbol or a 3-letter code before the number ("$99.95",
    "£7", "€5", "EUR 1.234,50") or a code after it ("1,200 USD"); $, £ and
    € mean USD, GBP and EUR. A comma followed by exactly two final digits is
    a decimal comma ("1.234,50" is 1234.5); otherwise commas separate
    thousands. Returns a DataFrame with a float column `amount` and a string
    column `currency` (<NA> when no currency is given), same index as
    `texts`; missing or unparseable text gives NaN and <NA>.
    """
    parts = (
        texts.astype("string")
        .str.strip()
        .str.extract(
            r"^(?P<before>[$£€]|[A-Z]{3})?\s*(?P<number>\d[\d.,]*)\s*(?P<after>[A-Z]{3})?$"
        )
    )
    number = parts["number"]
    decimal_comma = number.str.contains(r",\d{2}$", regex=True).fillna(False).astype(bool)
    # "1.234,50" -> "1234.50" where the comma is decimal; "1,200" -> "1200" elsewhere
    european = number.str.replace(".", "", regex=False).str.replace(",", ".", regex=False)
    english = number.str.replace(",", "", regex=False)
    amount = pd.to_numeric(european.where(decimal_comma, english), errors="coerce").astype(float)
    currency = parts["after"].fillna(parts["before"]).replace(SYMBOLS)
    return pd.DataFrame(
        {"amount": amount, "currency": currency.astype("string")}, index=texts.index
    )
