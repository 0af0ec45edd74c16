# /// example
# task = '''
# Write a function `keep_most_complete` with the signature and docstring below.
#
# ```python
# def keep_most_complete(frame, key):
#     """Deduplicate `frame` on the column `key`, keeping the most complete row.
#
#     For every key value the row with the most non-missing values is kept;
#     among equally complete rows the one that comes last in `frame` wins.
#     Kept rows retain their index labels and their order in `frame`.
#     """
# ```'''
# prompt = """
# My CRM export has several rows per customer id, some half empty. Please write \
# `keep_most_complete(frame, key)` that keeps one row per value of the column `key`: the one with \
# the most filled-in (non-missing) cells, and on a tie the later row. The result should keep the \
# original index labels and row order."""
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = {}
# checks = [
#     'keep_most_complete(pd.DataFrame({"id": [1, 1, 2, 2, 1], "email": ["a@x", None, None, "b@x", "a@y"], "phone": [None, None, "555", "556", "123"]}, index=[10, 11, 12, 13, 14]), "id").index.tolist() == [13, 14]',
#     'keep_most_complete(pd.DataFrame({"id": ["b", "a", "b"], "city": ["Oslo", "Rome", "Bern"]}), "id").to_dict("list") == {"id": ["a", "b"], "city": ["Rome", "Bern"]}',
#     # equally complete rows under a repeated index label: the later one wins
#     '(lambda kept: kept.index.tolist() == [0, 1] and np.allclose(kept.to_numpy(dtype=float), [[7.0, np.nan, 2.0], [8.0, np.nan, np.nan]], equal_nan=True))(keep_most_complete(pd.DataFrame({"id": [7, 7, 8], "x": [1.0, np.nan, np.nan], "y": [np.nan, 2.0, np.nan]}, index=[0, 0, 1]), "id"))',
#     'len(keep_most_complete(pd.DataFrame({"id": [], "x": []}), "id")) == 0',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'data-cleaning', 'missing-data']
# ///
import numpy as np


def keep_most_complete(frame, key):
    """Deduplicate `frame` on the column `key`, keeping the most complete row.

    For every key value the row with the most non-missing values is kept;
    among equally complete rows the one that comes last in `frame` wins.
    Kept rows retain their index labels and their order in `frame`.
    """
    filled = frame.notna().sum(axis=1).to_numpy()
    # order rows by completeness, then by position: the last row of each key is the one to keep
    order = np.lexsort((np.arange(len(frame)), filled))
    ranked = frame.iloc[order]
    kept_positions = np.sort(order[~ranked.duplicated(subset=key, keep="last").to_numpy()])
    return frame.iloc[kept_positions]
