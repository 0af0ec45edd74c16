import numpy as np
import pandas as pd


def parse_numbers(values):
    numbers = []
    bad = []
    for value in values:
        if value is None or (isinstance(value, float) and np.isnan(value)):
            numbers.append(np.nan)
            continue
        text = str(value).replace(",", "").strip()
        if text == "":
            numbers.append(np.nan)
            continue
        try:
            numbers.append(float(text))
        except ValueError:
            numbers.append(np.nan)
            bad.append(value)
    return pd.Series(numbers, index=values.index, dtype="float64"), bad
