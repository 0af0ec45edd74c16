import re

import pandas as pd

ZIP_PATTERN = re.compile(r"(\d{3,5})(?:-\d{4})?")


def normalize_zip(values):
    """Normalise US ZIP codes to 5-character strings."""

    def one(value):
        if pd.isna(value):
            return pd.NA
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        match = ZIP_PATTERN.fullmatch(str(value).strip())
        return match.group(1).rjust(5, "0") if match else pd.NA

    return values.map(one).astype("string")
