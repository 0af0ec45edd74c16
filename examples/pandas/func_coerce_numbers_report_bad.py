# /// example
# task = '''
# Write a function `parse_numbers` with the signature and docstring below.
#
# ```python
# def parse_numbers(values):
#     """Parse numeric text, reporting what could not be parsed.
#
#     `values` is a Series of text such as "1,200", " 3.5", "-7" or "abc".
#     Thousands commas and surrounding spaces are removed before parsing.
#     Returns (numbers, bad): `numbers` is a float Series with the same
#     index (NaN where parsing failed or the value was missing or empty),
#     `bad` is the list of the original values that were present and
#     non-empty but could not be parsed, in order.
#     """
# ```'''
# prompt = '''
# I keep getting numeric columns as text ("1,200", " 3.5", "-7", and the odd "abc" or "12kg"). \
# Write `parse_numbers(values)` that strips thousands commas and spaces, converts to floats \
# (NaN where it fails or the cell is missing/empty) and also gives me the list of the offending \
# original strings so I can report them: return `(numbers, bad)`, numbers with the same index \
# as the input.'''
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'np.allclose(parse_numbers(pd.Series(["1,200", " 3.5", "-7"]))[0].to_numpy(dtype=float), [1200.0, 3.5, -7.0]) and parse_numbers(pd.Series(["1,200", " 3.5", "-7"]))[1] == []',
#     'np.allclose(parse_numbers(pd.Series(["abc", None, "", "12kg", "1e3"], index=[5, 4, 3, 2, 1]))[0].to_numpy(dtype=float), [np.nan, np.nan, np.nan, np.nan, 1000.0], equal_nan=True)',
#     'parse_numbers(pd.Series(["abc", None, "", "12kg", "1e3"], index=[5, 4, 3, 2, 1]))[1] == ["abc", "12kg"]',
#     'list(parse_numbers(pd.Series(["abc", None, "", "12kg", "1e3"], index=[5, 4, 3, 2, 1]))[0].index) == [5, 4, 3, 2, 1]',
#     'parse_numbers(pd.Series(["2,500,000", " n/a "]))[1] == [" n/a "] and np.isclose(parse_numbers(pd.Series(["2,500,000", " n/a "]))[0].iloc[0], 2.5e6)',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'parsing', 'data-cleaning']
# ///
import pandas as pd


def parse_numbers(values):
    """Parse numeric text, reporting what could not be parsed.

    `values` is a Series of text such as "1,200", " 3.5", "-7" or "abc".
    Thousands commas and surrounding spaces are removed before parsing.
    Returns (numbers, bad): `numbers` is a float Series with the same
    index (NaN where parsing failed or the value was missing or empty),
    `bad` is the list of the original values that were present and
    non-empty but could not be parsed, in order.
    """
    cleaned = values.astype("string").str.replace(",", "", regex=False).str.strip()
    # errors="coerce" turns unparseable text into NaN instead of raising
    numbers = pd.to_numeric(cleaned, errors="coerce").astype("float64")
    failed = numbers.isna() & cleaned.notna() & (cleaned != "")
    return numbers, values[failed].tolist()
