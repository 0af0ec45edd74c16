# /// example
# task = '''
# Write a function `apply_columns` with the signature and docstring below, running one joblib task
# per column in threads. Apply it to the table `measurements` with `scipy.stats.iqr` and store the
# result in `column_iqr`.
#
# ```python
# def apply_columns(frame, func, n_jobs=2):
#     """Apply `func` to every column of the DataFrame `frame` in parallel threads.
#
#     Returns a float Series indexed by the column names, in column order, whose
#     values are func(column) for each column (a Series); a frame without columns
#     gives an empty float Series.
#     """
# ```'''
# prompt = '''
# I keep writing loops that compute one statistic per column of a DataFrame. I'd like a helper
# `apply_columns(frame, func, n_jobs=2)` that calls `func` on each column (as a Series) in joblib
# threads and returns a float Series indexed by the column names, in column order, and an empty
# float Series when the frame has no columns. Use it to get `scipy.stats.iqr` of every column of
# `measurements` into `column_iqr`.
#
# ```python
# def apply_columns(frame, func, n_jobs=2):
#     """Apply `func` to every column of the DataFrame `frame` in parallel threads.
#
#     Returns a float Series indexed by the column names, in column order, whose
#     values are func(column) for each column (a Series); a frame without columns
#     gives an empty float Series.
#     """
# ```'''
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['joblib', 'pandas', 'scipy.stats']
# inputs = { measurements = 'measurements' }
# checks = [
#     'list(column_iqr.index) == list(measurements.columns)',
#     'np.allclose(column_iqr.to_numpy(dtype=float), [scipy.stats.iqr(measurements[c]) for c in measurements.columns], equal_nan=True)',
#     "np.allclose(apply_columns(pd.DataFrame({'b': [3.0, 1.0, 2.0], 'a': [10.0, 40.0, 20.0]}), np.median).to_numpy(dtype=float), [2.0, 20.0])",
#     "list(apply_columns(pd.DataFrame({'b': [3.0, 1.0, 2.0], 'a': [10.0, 40.0, 20.0]}), len, n_jobs=1).index) == ['b', 'a']",
#     "apply_columns(pd.DataFrame({'x': [1, 5, 2], 'y': [7, 7, 9], 'z': [0, 0, 4]}), max).tolist() == [5.0, 9.0, 4.0]",
#     "len(apply_columns(pd.DataFrame(index=range(3)), np.mean)) == 0 and apply_columns(pd.DataFrame(index=range(3)), np.mean).dtype == float",
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'parallelism', 'column-wise']
# edge_cases = true
# ///
import pandas as pd
from joblib import Parallel, delayed
from scipy import stats


def apply_columns(frame, func, n_jobs=2):
    """Apply `func` to every column of the DataFrame `frame` in parallel threads.

    Returns a float Series indexed by the column names, in column order, whose
    values are func(column) for each column (a Series); a frame without columns
    gives an empty float Series.
    """
    # threads share the frame without copying it; Parallel returns results in task order
    values = Parallel(n_jobs=n_jobs, prefer="threads")(
        delayed(func)(frame[column]) for column in frame.columns
    )
    return pd.Series(values, index=frame.columns, dtype=float)


column_iqr = apply_columns(measurements, stats.iqr)
