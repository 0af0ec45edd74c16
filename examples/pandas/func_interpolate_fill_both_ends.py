# /// example
# task = '''
# Write a function `fill_gaps` with the signature and docstring below.
#
# ```python
# def fill_gaps(readings):
#     """Fill the missing values of an evenly sampled float Series.
#
#     Gaps between two observed values are filled by linear interpolation
#     along the positions; missing values before the first or after the
#     last observation take that nearest observed value. A Series with no
#     observed value is returned unchanged (all NaN). The index is kept.
#     """
# ```'''
# prompt = '''
# My sensor readings come as an evenly sampled float Series with holes. I want \
# `fill_gaps(readings)`: interpolate straight lines across interior holes (by position), and \
# for holes at the start or end just repeat the first or last real reading. If there are no \
# readings at all, give the Series back as it is (all NaN). Keep the index.'''
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'np.allclose(fill_gaps(pd.Series([np.nan, 1.0, np.nan, np.nan, 4.0, np.nan])).to_numpy(dtype=float), [1.0, 1.0, 2.0, 3.0, 4.0, 4.0])',
#     'np.allclose(fill_gaps(pd.Series([10.0, np.nan, 20.0, 0.0], index=[7, 3, 5, 1])).to_numpy(dtype=float), [10.0, 15.0, 20.0, 0.0]) and list(fill_gaps(pd.Series([10.0, np.nan, 20.0, 0.0], index=[7, 3, 5, 1])).index) == [7, 3, 5, 1]',
#     'fill_gaps(pd.Series([np.nan, np.nan, np.nan])).isna().all() and len(fill_gaps(pd.Series([np.nan, np.nan, np.nan]))) == 3',
#     'np.allclose(fill_gaps(pd.Series([np.nan, np.nan, 2.5])).to_numpy(dtype=float), [2.5, 2.5, 2.5])',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'missing-data', 'interpolation']
# ///
def fill_gaps(readings):
    """Fill the missing values of an evenly sampled float Series.

    Gaps between two observed values are filled by linear interpolation
    along the positions; missing values before the first or after the
    last observation take that nearest observed value. A Series with no
    observed value is returned unchanged (all NaN). The index is kept.
    """
    # limit_direction="both" also fills the leading NaNs; linear interpolation holds the ends flat
    return readings.interpolate(method="linear", limit_direction="both")
