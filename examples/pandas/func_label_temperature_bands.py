# /// example
# task = '''
# Write a function `label_bands` with the signature and docstring below, then label the
# `temperature` of every station in `stations` with the edges [-90, 0, 10, 20, 60] and the labels
# "freezing", "cold", "mild" and "warm", storing the result in `temp_band`. Store in
# `label_error` the message raised when the number of labels does not match the edges.
#
# ```python
# def label_bands(values, edges, labels):
#     """Label each value with the band [edges[i], edges[i + 1]) it falls in.
#
#     Bands are closed on the left and open on the right. Values outside all
#     bands and missing values get NaN. Returns an ordered categorical Series
#     with the categories `labels` (in order), aligned with values.index.
#     Raises ValueError("need exactly one label per band") unless
#     len(labels) == len(edges) - 1.
#     """
# ```'''
# prompt = """
# I need to turn numbers into named bands again and again, so please write \
# `label_bands(values, edges, labels)`: each value of the Series gets the label of the band \
# `[edges[i], edges[i + 1])` (left edge included, right edge excluded), NaN when it is outside \
# every band or missing, as an ordered categorical Series with `labels` as its categories and the \
# same index. If the count of labels is not one per band, raise \
# `ValueError("need exactly one label per band")`. Use it on the `temperature` column of my \
# `stations` table with edges [-90, 0, 10, 20, 60] and labels "freezing", "cold", "mild", \
# "warm" into `temp_band`, and keep the error message for a mismatched call in `label_error`."""
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { stations = 'stations' }
# checks = [
#     'label_bands(pd.Series([-5.0, 0.0, 9.99, 10.0, 25.0]), [-10, 0, 10, 30], ["neg", "small", "large"]).astype(str).tolist() == ["neg", "small", "small", "large", "large"]',
#     'label_bands(pd.Series([np.nan, 30.0, -10.0, -10.5], index=[4, 3, 2, 1]), [-10, 0, 10, 30], ["neg", "small", "large"]).isna().to_dict() == {4: True, 3: True, 2: False, 1: True}',
#     'list(label_bands(pd.Series([1, 2]), [0, 5, 9], ["small", "big"]).cat.categories) == ["small", "big"] and label_bands(pd.Series([1, 2]), [0, 5, 9], ["small", "big"]).cat.ordered',
#     'label_error == "need exactly one label per band"',
#     'isinstance(temp_band, pd.Series) and temp_band.index.equals(stations.index) and list(temp_band.cat.categories) == ["freezing", "cold", "mild", "warm"]',
#     'temp_band.astype(object).where(temp_band.notna(), None).tolist() == [None if not -90 <= t < 60 else "freezing" if t < 0 else "cold" if t < 10 else "mild" if t < 20 else "warm" for t in stations["temperature"]]',
#     # too few labels raise the stated error too, not pandas' own
#     '__import__("pytest").raises(ValueError, label_bands, pd.Series([1.0, 5.0]), [0, 1, 2, 3], ["a", "b"]).value.args == ("need exactly one label per band",)',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'binning', 'categorical', 'validation']
# edge_cases = true
# ///
import pandas as pd


def label_bands(values, edges, labels):
    """Label each value with the band [edges[i], edges[i + 1]) it falls in.

    Bands are closed on the left and open on the right. Values outside all
    bands and missing values get NaN. Returns an ordered categorical Series
    with the categories `labels` (in order), aligned with values.index.
    Raises ValueError("need exactly one label per band") unless
    len(labels) == len(edges) - 1.
    """
    if len(labels) != len(edges) - 1:
        raise ValueError("need exactly one label per band")
    # right=False closes each band on the left: 10 belongs to [10, 20), not to [0, 10)
    return pd.cut(values, bins=edges, labels=labels, right=False, ordered=True)


temp_band = label_bands(
    stations["temperature"], [-90, 0, 10, 20, 60], ["freezing", "cold", "mild", "warm"]
)

try:
    label_bands(stations["temperature"], [-90, 0, 60], ["freezing", "cold", "mild"])
except ValueError as error:
    label_error = str(error)
