# /// example
# task = '''
# Write a function `compare_series` with the signature and docstring below, then compare the
# daily readings of `sensor_a` and `sensor_b` in `sensor` after dropping every third day from
# `sensor_b` (rows 0, 3, 6, ... removed), storing the result in `comparison`.
#
# ```python
# def compare_series(a, b, fill_value=None):
#     """Align two Series on the union of their indexes and compare them.
#
#     Returns a DataFrame indexed by the sorted union of both indexes with
#     the columns "a", "b" and "diff" (= a - b). A label missing from one
#     Series gets `fill_value` there (NaN when fill_value is None), and diff
#     is computed after filling.
#     """
# ```'''
# prompt = """
# Please write `compare_series(a, b, fill_value=None)` that lines two Series up on the union of \
# their indexes (sorted) and returns a frame with columns "a", "b" and "diff" = a - b, where a \
# label absent from one side takes `fill_value` (or stays NaN when it is None) before the \
# difference. Then compare `sensor_a` with `sensor_b` of my `sensor` frame where `sensor_b` has \
# every third day (rows 0, 3, 6, ...) removed, default fill, into `comparison`."""
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { sensor = 'sensor' }
# checks = [
#     'np.allclose(compare_series(pd.Series([1.0, 2.0], index=["x", "y"]), pd.Series([5.0, 1.0], index=["z", "x"])).to_numpy(dtype=float), [[1.0, 1.0, 0.0], [2.0, np.nan, np.nan], [np.nan, 5.0, np.nan]], equal_nan=True)',
#     'list(compare_series(pd.Series([1.0, 2.0], index=["x", "y"]), pd.Series([5.0, 1.0], index=["z", "x"]), fill_value=0).index) == ["x", "y", "z"] and np.allclose(compare_series(pd.Series([1.0, 2.0], index=["x", "y"]), pd.Series([5.0, 1.0], index=["z", "x"]), fill_value=0)["diff"].to_numpy(dtype=float), [0.0, 2.0, -5.0])',
#     'list(compare_series(pd.Series([3.0], index=[2]), pd.Series([4.0], index=[1])).columns) == ["a", "b", "diff"] and list(compare_series(pd.Series([3.0], index=[2]), pd.Series([4.0], index=[1])).index) == [1, 2]',
#     'comparison.index.equals(sensor.index) and np.allclose(comparison["a"].to_numpy(dtype=float), sensor["sensor_a"].to_numpy(dtype=float))',
#     'np.allclose(comparison["diff"].to_numpy(dtype=float), [np.nan if i % 3 == 0 else a - b for i, (a, b) in enumerate(zip(sensor["sensor_a"], sensor["sensor_b"]))], equal_nan=True) and comparison["b"].isna().sum() == len(range(0, len(sensor), 3))',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'index-alignment', 'time-series']
# edge_cases = true
# ///
import pandas as pd


def compare_series(a, b, fill_value=None):
    """Align two Series on the union of their indexes and compare them.

    Returns a DataFrame indexed by the sorted union of both indexes with
    the columns "a", "b" and "diff" (= a - b). A label missing from one
    Series gets `fill_value` there (NaN when fill_value is None), and diff
    is computed after filling.
    """
    # join="outer" reindexes both Series to the sorted union of their labels
    left, right = a.align(b, join="outer", fill_value=fill_value)
    return pd.DataFrame({"a": left, "b": right, "diff": left - right}).sort_index()


comparison = compare_series(sensor["sensor_a"], sensor["sensor_b"].drop(sensor.index[::3]))
