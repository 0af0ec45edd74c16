# /// example
# task = '''
# Write a function `duration_minutes` with the signature and docstring below.
#
# ```python
# def duration_minutes(texts):
#     """Convert duration text such as "1h 30m", "45m" or "2h 5m 30s" to minutes.
#
#     Takes a Series of strings and returns a float Series with the same
#     index. Spaces between the parts are ignored; missing or unparseable
#     values become NaN.
#     """
# ```'''
# prompt = """
# Our call-centre exports durations as text like "1h 30m", "45m" or "2h 5m 30s". Please write \
# `duration_minutes(texts)` that takes a Series of such strings and returns the durations in \
# minutes as a float Series with the same index, ignoring spaces, and giving NaN for missing or \
# garbage entries instead of failing."""
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'np.allclose(duration_minutes(pd.Series(["1h 30m", "45m", "2h", "90s"])).to_numpy(dtype=float), [90.0, 45.0, 120.0, 1.5])',
#     'np.allclose(duration_minutes(pd.Series(["1h 5m 30s", "soon", None], index=[7, 3, 5])).to_numpy(dtype=float), [65.5, np.nan, np.nan], equal_nan=True)',
#     'list(duration_minutes(pd.Series(["1h 5m 30s", "soon", None], index=[7, 3, 5])).index) == [7, 3, 5]',
#     'len(duration_minutes(pd.Series([], dtype=object))) == 0',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'parsing', 'datetime', 'missing-data']
# ///
import pandas as pd


def duration_minutes(texts):
    """Convert duration text such as "1h 30m", "45m" or "2h 5m 30s" to minutes.

    Takes a Series of strings and returns a float Series with the same
    index. Spaces between the parts are ignored; missing or unparseable
    values become NaN.
    """
    compact = texts.astype("string").str.replace(" ", "", regex=False)
    # errors="coerce" turns text that is not a duration into NaT instead of raising
    durations = pd.to_timedelta(compact, errors="coerce")
    return durations.dt.total_seconds() / 60
