# /// example
# task = '''
# Write a function `batches` with the signature and docstring below.
#
# ```python
# def batches(frame, size):
#     """Split `frame` into consecutive chunks of at most `size` rows.
#
#     For an API that accepts at most `size` records per request. Returns
#     a list of DataFrames in row order; every chunk has `size` rows
#     except possibly the last; an empty frame gives an empty list. The
#     chunks keep the original index labels and columns. Raises
#     ValueError if `size` is not a positive integer.
#     """
# ```'''
# prompt = '''
# Our upload API takes at most `size` records per call. Write `batches(frame, size)` that cuts a \
# DataFrame into consecutive pieces of `size` rows (the last one may be shorter), keeping the \
# original index and columns, returns them as a list in order (empty list for an empty frame), \
# and raises a ValueError when `size` isn't a positive integer.'''
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     '[len(chunk) for chunk in batches(pd.DataFrame({"x": range(7)}), 3)] == [3, 3, 1]',
#     '[chunk.index.tolist() for chunk in batches(pd.DataFrame({"x": range(4)}, index=[10, 11, 12, 13]), 2)] == [[10, 11], [12, 13]]',
#     'batches(pd.DataFrame({"x": []}), 5) == []',
#     '[chunk["x"].tolist() for chunk in batches(pd.DataFrame({"x": [1, 2], "y": ["a", "b"]}), 10)] == [[1, 2]] and list(batches(pd.DataFrame({"x": [1, 2], "y": ["a", "b"]}), 10)[0].columns) == ["x", "y"]',
#     '[chunk["x"].tolist() for chunk in batches(pd.DataFrame({"x": [4, 5, 6]}), 1)] == [[4], [5], [6]]',
#     '__import__("unittest").TestCase().assertRaises(ValueError, batches, pd.DataFrame({"x": [1]}), 0) is None',
#     '__import__("unittest").TestCase().assertRaises(ValueError, batches, pd.DataFrame({"x": [1, 2, 3]}), -2) is None',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'indexing', 'validation']
# ///
def batches(frame, size):
    """Split `frame` into consecutive chunks of at most `size` rows.

    For an API that accepts at most `size` records per request. Returns
    a list of DataFrames in row order; every chunk has `size` rows
    except possibly the last; an empty frame gives an empty list. The
    chunks keep the original index labels and columns. Raises
    ValueError if `size` is not a positive integer.
    """
    if not isinstance(size, int) or size < 1:
        raise ValueError(f"size must be a positive integer, got {size!r}")
    # positional slices with iloc keep whatever index labels the rows have
    return [frame.iloc[start : start + size] for start in range(0, len(frame), size)]
