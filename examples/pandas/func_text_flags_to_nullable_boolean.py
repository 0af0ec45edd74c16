# /// example
# task = '''
# Write a function `to_flag` with the signature and docstring below.
#
# ```python
# def to_flag(values):
#     """Turn yes/no style text into a nullable boolean Series.
#
#     Case and surrounding spaces are ignored. "yes", "y", "true" and "1"
#     mean True; "no", "n", "false" and "0" mean False; anything else and
#     missing values become <NA>. Returns a Series of dtype "boolean" with
#     the same index as `values`.
#     """
# ```'''
# prompt = '''
# Survey exports give me consent answers as "Yes", " n", "TRUE", "0" and so on, plus blanks and \
# junk. Write `to_flag(values)` that maps yes/y/true/1 to True and no/n/false/0 to False \
# (ignoring case and spaces) and everything else or missing to <NA>, returning a pandas \
# "boolean" Series with the same index.'''
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'str(to_flag(pd.Series(["yes", "no"])).dtype) == "boolean"',
#     'to_flag(pd.Series(["Yes", " n", "TRUE", "0", "y ", "False"])).tolist() == [True, False, True, False, True, False]',
#     '[None if v is pd.NA else v for v in to_flag(pd.Series(["maybe", None, "1", "", "N/A"], index=[4, 3, 2, 1, 0]))] == [None, None, True, None, None]',
#     'list(to_flag(pd.Series(["maybe", None, "1"], index=[4, 3, 2])).index) == [4, 3, 2]',
#     'to_flag(pd.Series(["no"] * 3)).tolist() == [False, False, False]',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'data-types', 'recoding', 'missing-data']
# ///

ANSWERS = {
    "yes": True,
    "y": True,
    "true": True,
    "1": True,
    "no": False,
    "n": False,
    "false": False,
    "0": False,
}


def to_flag(values):
    """Turn yes/no style text into a nullable boolean Series.

    Case and surrounding spaces are ignored. "yes", "y", "true" and "1"
    mean True; "no", "n", "false" and "0" mean False; anything else and
    missing values become <NA>. Returns a Series of dtype "boolean" with
    the same index as `values`.
    """
    keys = values.astype("string").str.strip().str.lower()
    # unmapped answers become NaN, which the nullable "boolean" dtype holds as <NA>
    return keys.map(ANSWERS).astype("boolean")
