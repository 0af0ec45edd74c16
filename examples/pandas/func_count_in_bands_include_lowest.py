# /// example
# task = '''
# Write a function `count_in_bands` with the signature and docstring below, then count the
# stations of `stations` per latitude band with the edges -90, -60, -30, 0, 30, 60, 90 and the
# labels "S polar", "S temperate", "S tropics", "N tropics", "N temperate", "N polar", storing the
# counts in `band_counts`.
#
# ```python
# def count_in_bands(values, edges, labels):
#     """How many values fall in each band (edges[i], edges[i + 1]].
#
#     Bands are closed on the right; the first band also includes its lower
#     edge. Values outside [edges[0], edges[-1]] and missing values are not
#     counted. Returns an integer Series indexed by `labels`, in band order,
#     with 0 for empty bands. len(labels) must be len(edges) - 1, else
#     ValueError.
#     """
# ```'''
# prompt = """
# I keep binning values into labelled bands. Please write `count_in_bands(values, edges, \
# labels)` counting values per band, bands right-closed (a, b] except that the first also \
# includes its lower edge, ignoring missing values and values outside the edges, returning an \
# integer Series indexed by `labels` in band order with zeros for empty bands, and raising \
# ValueError when `labels` does not have one entry fewer than `edges`. Then count my `stations` \
# by `lat` with edges -90, -60, -30, 0, 30, 60, 90 and labels "S polar", "S temperate", \
# "S tropics", "N tropics", "N temperate", "N polar", into `band_counts`."""
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { stations = 'stations' }
# checks = [
#     # 0 belongs to (-5, 0], 5 to (0, 5]; -5 is the lowest edge and still counted; 7 and NaN are not
#     'count_in_bands(pd.Series([-5.0, -1.0, 0.0, 0.5, 5.0, 7.0, np.nan]), [-5, 0, 5], ["low", "high"]).to_dict() == {"low": 3, "high": 2}',
#     'count_in_bands(pd.Series([2.0, 2.5]), [0, 1, 2, 3], ["a", "b", "c"]).tolist() == [0, 1, 1] and list(count_in_bands(pd.Series([2.0, 2.5]), [0, 1, 2, 3], ["a", "b", "c"]).index) == ["a", "b", "c"]',
#     'count_in_bands(pd.Series([], dtype=float), [0, 1], ["only"]).tolist() == [0]',
#     'pd.api.types.is_integer_dtype(count_in_bands(pd.Series([2.0, 2.5]), [0, 1, 2, 3], ["a", "b", "c"]))',
#     '__import__("unittest").TestCase().assertRaises(ValueError, count_in_bands, pd.Series([1.0]), [0, 1, 2], ["a"]) is None',
#     'list(band_counts.index) == ["S polar", "S temperate", "S tropics", "N tropics", "N temperate", "N polar"]',
#     'band_counts.tolist() == [int(((stations["lat"] > low) & (stations["lat"] <= high)).sum() + (low == -90) * (stations["lat"] == -90).sum()) for low, high in [(-90, -60), (-60, -30), (-30, 0), (0, 30), (30, 60), (60, 90)]]',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'binning', 'counting', 'validation']
# edge_cases = true
# ///
import pandas as pd


def count_in_bands(values, edges, labels):
    """How many values fall in each band (edges[i], edges[i + 1]].

    Bands are closed on the right; the first band also includes its lower
    edge. Values outside [edges[0], edges[-1]] and missing values are not
    counted. Returns an integer Series indexed by `labels`, in band order,
    with 0 for empty bands. len(labels) must be len(edges) - 1, else
    ValueError.
    """
    if len(labels) != len(edges) - 1:
        raise ValueError(f"need {len(edges) - 1} labels for {len(edges)} edges, got {len(labels)}")
    # include_lowest closes the first band on the left too; outside values become NaN
    bands = pd.cut(values, bins=edges, labels=labels, right=True, include_lowest=True)
    # value_counts of a categorical lists every band, empty ones included
    return bands.value_counts(sort=False).reindex(labels)


band_counts = count_in_bands(
    stations["lat"],
    [-90, -60, -30, 0, 30, 60, 90],
    ["S polar", "S temperate", "S tropics", "N tropics", "N temperate", "N polar"],
)
