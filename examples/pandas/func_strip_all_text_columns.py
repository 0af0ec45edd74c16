# /// example
# task = '''
# Write a function `strip_text_columns` with the signature and docstring below.
#
# ```python
# def strip_text_columns(frame):
#     """Trim surrounding whitespace in every text column of `frame`.
#
#     Text columns are those of object or string dtype; other columns
#     (numbers, dates, categoricals) are returned untouched. Values that
#     are empty after trimming become missing. Returns a new DataFrame
#     with the same columns and index; `frame` itself is not modified.
#     """
# ```'''
# prompt = '''
# Every file I get has stray spaces in its text fields. Write `strip_text_columns(frame)` that \
# trims leading/trailing whitespace in all text columns (object or string dtype), turns values \
# that end up empty into missing values, leaves numeric, date and categorical columns alone and \
# returns a new DataFrame (same columns and index) without touching the input.'''
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     '[v if isinstance(v, str) else None for v in strip_text_columns(pd.DataFrame({"a": [" x ", "", None, "y"], "b": [1, 2, 3, 4]}))["a"]] == ["x", None, None, "y"]',
#     'strip_text_columns(pd.DataFrame({"a": [" x ", "", None, "y"], "b": [1, 2, 3, 4]}))["b"].tolist() == [1, 2, 3, 4]',
#     '[v if isinstance(v, str) else None for v in strip_text_columns(pd.DataFrame({"c": pd.Series([" p", "q  ", "   "], dtype="string", index=[5, 6, 7])}))["c"]] == ["p", "q", None] and list(strip_text_columns(pd.DataFrame({"c": pd.Series([" p", "q  ", "   "], dtype="string", index=[5, 6, 7])})).index) == [5, 6, 7]',
#     'strip_text_columns(pd.DataFrame({"k": pd.Categorical([" a", "b"]), "n": [1.5, 2.5]}))["k"].astype(str).tolist() == [" a", "b"]',
#     'strip_text_columns(pd.DataFrame({"n": [1.0, np.nan]}))["n"].isna().tolist() == [False, True]',
#     'pd.DataFrame({"a": [" x "]}).pipe(lambda f: (strip_text_columns(f), f)[1])["a"].tolist() == [" x "]',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'data-cleaning', 'text-processing', 'data-types']
# ///


def strip_text_columns(frame):
    """Trim surrounding whitespace in every text column of `frame`.

    Text columns are those of object or string dtype; other columns
    (numbers, dates, categoricals) are returned untouched. Values that
    are empty after trimming become missing. Returns a new DataFrame
    with the same columns and index; `frame` itself is not modified.
    """
    cleaned = frame.copy()
    # select_dtypes with "object" and "string" finds text columns on every pandas version
    for column in cleaned.select_dtypes(include=["object", "string"]).columns:
        stripped = cleaned[column].str.strip()
        cleaned[column] = stripped.mask(stripped == "")
    return cleaned
