# /// example
# task = '''
# Write a function `drop_low_variance` with the signature and docstring below. Apply it to the
# numeric table `measurements` with `threshold=0.0` and store the result in `kept`.
#
# ```python
# def drop_low_variance(df, threshold=0.0):
#     """Drop the columns of a numeric DataFrame whose variance is not above
#     `threshold`.
#
#     The variance is the population variance (ddof=0) of each column's
#     non-NaN values, as VarianceThreshold computes it. Returns a new
#     DataFrame with the kept columns in their original order and the same
#     index; when no column passes, a DataFrame with no columns.
#     """
# ```'''
# prompt = """
# My sensor tables often have dead channels, so I want `drop_low_variance(df, threshold=0.0)` \
# that keeps only the columns whose population variance (NaNs ignored) is above `threshold`, in \
# their original order with the same index, and returns a frame with no columns rather than \
# failing when nothing passes. Apply it to my `measurements` with `threshold=0.0` (so only constant columns go) and keep the \
# result in `kept`."""
# task_type = 'function'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'pandas', 'numpy']
# inputs = { measurements = 'measurements' }
# checks = [
#     'drop_low_variance(pd.DataFrame({"a": [1.0, 1.0, 1.0], "b": [1.0, 2.0, 3.0], "c": [5.0, 5.0, 5.0]})).columns.tolist() == ["b"]',
#     # population variances 0.25, 2/3 and 0 (sample variances 1/3, 1, 0): only "v" is above 0.3; the NaN is ignored
#     '(lambda out: out.columns.tolist() == ["v"] and out.index.tolist() == [10, 20, 30, 40])(drop_low_variance(pd.DataFrame({"u": [0.0, 1.0, 0.0, 1.0], "v": [1.0, 3.0, np.nan, 2.0], "w": [4.0, 4.0, 4.0, 4.0]}, index=[10, 20, 30, 40]), threshold=0.3))',
#     '(lambda out: out.shape == (2, 0))(drop_low_variance(pd.DataFrame({"x": [3.0, 3.0], "y": [0.0, 0.0]})))',
#     # with threshold 0 exactly the non-constant columns pass
#     'kept.columns.tolist() == [c for c in measurements.columns if measurements[c].nunique() > 1]',
#     'kept.index.equals(measurements.index) and kept.equals(measurements[kept.columns])',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'feature-selection', 'data-cleaning', 'error-handling']
# edge_cases = true
# ///
from sklearn.feature_selection import VarianceThreshold


def drop_low_variance(df, threshold=0.0):
    """Drop the columns of a numeric DataFrame whose variance is not above
    `threshold`.

    The variance is the population variance (ddof=0) of each column's
    non-NaN values, as VarianceThreshold computes it. Returns a new
    DataFrame with the kept columns in their original order and the same
    index; when no column passes, a DataFrame with no columns.
    """
    selector = VarianceThreshold(threshold=threshold)
    try:
        selector.fit(df)
    except ValueError:
        # VarianceThreshold refuses to fit when no column passes the threshold
        return df.iloc[:, []].copy()
    return df.loc[:, selector.get_support()].copy()


kept = drop_low_variance(measurements, threshold=0.0)
