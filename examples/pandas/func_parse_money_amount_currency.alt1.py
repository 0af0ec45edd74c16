import re

import numpy as np
import pandas as pd

PATTERN = re.compile(r"([$£€]|[A-Z]{3})?\s*(\d[\d.,]*)\s*([A-Z]{3})?")
CODES = {"$": "USD", "£": "GBP", "€": "EUR"}


def parse_amount(texts):
    """Split money text into a numeric amount and an ISO currency code."""
    amounts, currencies = [], []
    for text in texts:
        match = PATTERN.fullmatch(text.strip()) if isinstance(text, str) else None
        if match is None:
            amounts.append(np.nan)
            currencies.append(pd.NA)
            continue
        before, number, after = match.groups()
        if re.search(r",\d{2}$", number):
            number = number.replace(".", "").replace(",", ".")
        else:
            number = number.replace(",", "")
        try:
            amounts.append(float(number))
        except ValueError:
            amounts.append(np.nan)
        code = after or before
        currencies.append(CODES.get(code, code) if code else pd.NA)
    return pd.DataFrame(
        {
            "amount": pd.Series(amounts, dtype=float).to_numpy(),
            "currency": pd.array(currencies, dtype="string"),
        },
        index=texts.index,
    )
