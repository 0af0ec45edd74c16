# /// example
# task = '''
# Write a function `mentions_any` with the signature and docstring below.
#
# ```python
# def mentions_any(frame, column, keywords):
#     """Rows of `frame` whose text in `column` contains any keyword.
#
#     Matching ignores case; keywords are plain text, so characters such
#     as "+", "." or "(" match literally. Rows with a missing value do not
#     match. An empty `keywords` list matches no row. Returns the matching
#     rows of `frame` (all columns, original index, original order).
#     """
# ```'''
# prompt = '''
# I keep filtering job ads by a list of skills. Write `mentions_any(frame, column, keywords)` that \
# returns the rows of `frame` whose `column` text contains at least one of the keywords, ignoring \
# case. Keywords like "C++" or "node.js" must match literally (not as regex), missing text never \
# matches, an empty keyword list gives no rows, and the rows keep their index and order.'''
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'list(mentions_any(pd.DataFrame({"ad": ["Senior C++ dev", "Python/pandas analyst", "Node.js backend", "nodexjs"], "id": [1, 2, 3, 4]}), "ad", ["c++", "node.js"])["id"]) == [1, 3]',
#     'list(mentions_any(pd.DataFrame({"ad": ["PYTHON lead", None, "Go engineer"]}, index=[10, 20, 30]), "ad", ["python", "go"]).index) == [10, 30]',
#     'len(mentions_any(pd.DataFrame({"ad": ["anything", "more", "text"]}), "ad", [])) == 0',
#     'list(mentions_any(pd.DataFrame({"ad": ["R (tidyverse)", "r programming", "Rust"]}), "ad", ["(tidyverse)"]).index) == [0]',
#     'list(mentions_any(pd.DataFrame({"ad": ["a", "b"], "n": [1, 2]}), "ad", ["B"]).columns) == ["ad", "n"]',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'text-processing', 'row-selection']
# ///
import re


def mentions_any(frame, column, keywords):
    """Rows of `frame` whose text in `column` contains any keyword.

    Matching ignores case; keywords are plain text, so characters such
    as "+", "." or "(" match literally. Rows with a missing value do not
    match. An empty `keywords` list matches no row. Returns the matching
    rows of `frame` (all columns, original index, original order).
    """
    if not keywords:
        return frame.iloc[0:0]
    # re.escape makes "c++" and "node.js" literal inside the alternation
    pattern = "|".join(re.escape(keyword) for keyword in keywords)
    mask = frame[column].str.contains(pattern, case=False, regex=True, na=False)
    return frame[mask]
