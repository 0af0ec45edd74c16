# /// example
# task = '''
# Write a function `format_phone` with the signature and docstring below.
#
# ```python
# def format_phone(values):
#     """Format US phone numbers as "(555) 123-4567".
#
#     `values` is a Series of text typed in any style ("555.123.4567",
#     "+1 (555) 123 4567", "5551234567"). Every non-digit is ignored; an
#     11-digit number starting with the country code 1 drops that 1.
#     Anything that does not leave exactly 10 digits, and missing values,
#     become <NA>. Returns a Series with the same index.
#     """
# ```'''
# prompt = '''
# Our CRM has phone numbers typed every which way ("555.123.4567", "+1 (555) 123 4567", \
# "5551234567"). I need `format_phone(values)`: take a Series, keep only the digits, drop a \
# leading country code 1 from 11-digit numbers, and return them as "(555) 123-4567", same index. \
# Anything that isn't then exactly 10 digits, or is missing, should be <NA>.'''
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'format_phone(pd.Series(["555.123.4567", "+1 (555) 123 4567", "5551234567"])).tolist() == ["(555) 123-4567"] * 3',
#     '[v if isinstance(v, str) else None for v in format_phone(pd.Series(["212-555-0199", "12345", "2125550199x", "21255501990", None], index=[9, 7, 5, 3, 1]))] == ["(212) 555-0199", None, "(212) 555-0199", None, None]',
#     'list(format_phone(pd.Series(["212-555-0199", "12345"], index=[9, 7])).index) == [9, 7]',
#     '[v if isinstance(v, str) else None for v in format_phone(pd.Series(["1-800-555-0000", "2-800-555-0000", "(646) 555 0142"]))] == ["(800) 555-0000", None, "(646) 555-0142"]',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'text-processing', 'data-cleaning']
# ///


def format_phone(values):
    """Format US phone numbers as "(555) 123-4567".

    `values` is a Series of text typed in any style ("555.123.4567",
    "+1 (555) 123 4567", "5551234567"). Every non-digit is ignored; an
    11-digit number starting with the country code 1 drops that 1.
    Anything that does not leave exactly 10 digits, and missing values,
    become <NA>. Returns a Series with the same index.
    """
    digits = values.astype("string").str.replace(r"\D", "", regex=True)
    # a leading 1 on an 11-digit number is the country code
    digits = digits.str.replace(r"^1(\d{10})$", r"\1", regex=True)
    digits = digits.where(digits.str.len() == 10)
    return "(" + digits.str.slice(0, 3) + ") " + digits.str.slice(3, 6) + "-" + digits.str.slice(6)
