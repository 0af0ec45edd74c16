import re

import pandas as pd


def format_phone(values):
    def one(value):
        if not isinstance(value, str):
            return pd.NA
        digits = re.sub(r"\D", "", value)
        if len(digits) == 11 and digits.startswith("1"):
            digits = digits[1:]
        if len(digits) != 10:
            return pd.NA
        return f"({digits[:3]}) {digits[3:6]}-{digits[6:]}"

    return values.map(one).astype("string")
