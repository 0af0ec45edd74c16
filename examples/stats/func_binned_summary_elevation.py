# /// example
# task = '''
# Write a function `binned_summary` with the signature and docstring below. Apply it to the weather
# stations `stations`, summarising `temperature` in the elevation bands with edges
# `[-500, 0, 1000, 3000, 9000]` (metres), and store the table in `bands`.
#
# ```python
# def binned_summary(x, values, edges):
#     """Count, mean and standard deviation of `values` within bins of `x`.
#
#     Bins are [edges[i], edges[i + 1]) except the last, which also includes
#     its right edge; pairs with x outside the edges or a NaN in x or values
#     are ignored. Returns a DataFrame with one row per bin and the columns
#     "left", "right", "count" (int), "mean" and "sd" (ddof=1); "mean" is NaN
#     for an empty bin and "sd" for a bin with fewer than 2 values.
#     """
# ```'''
# prompt = """
# I want to see how temperature changes with elevation band: `binned_summary(x, values, edges)` \
# should give per bin of `x` the count, mean and SD (ddof=1) of `values`, with half-open bins \
# except the last (closed on the right), ignoring values outside the edges or with a NaN, as a \
# DataFrame with `"left"`, `"right"`, `"count"`, `"mean"` and `"sd"` (NaN mean for empty bins, NaN \
# SD below 2 values). Use it on my `stations`: `temperature` by `elevation_m` with edges \
# `[-500, 0, 1000, 3000, 9000]`, into `bands`."""
# task_type = 'function'
# domain = 'statistics'
# libraries = ['scipy.stats', 'pandas', 'numpy']
# inputs = { stations = 'stations' }
# checks = [
#     # 10 sits on the last edge and is counted; 11 is outside; the bin [5, 8) is empty
#     '(lambda t: t["count"].tolist() == [2, 2, 0, 2] and np.allclose(t["mean"], [1.5, 3.5, np.nan, 5.5], equal_nan=True) and np.allclose(t["sd"], [np.sqrt(0.5), np.sqrt(0.5), np.nan, np.sqrt(0.5)], equal_nan=True))(binned_summary([0.0, 1.0, 2.0, 4.0, 8.0, 10.0, 11.0], [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0], [0.0, 2.0, 5.0, 8.0, 10.0]))',
#     '(lambda t: t["count"].tolist() == [1, 2] and np.isnan(t["sd"][0]) and np.isclose(t["mean"][1], 25.0) and t["left"].tolist() == [0.0, 1.0] and t["right"].tolist() == [1.0, 2.0])(binned_summary([0.5, 1.5, np.nan, 1.2, 1.8], [7.0, 20.0, 99.0, 30.0, np.nan], [0.0, 1.0, 2.0]))',
#     'binned_summary([3.0, 3.0, 3.0], [1.0, 2.0, 6.0], [0.0, 5.0])[["count", "mean"]].values.tolist() == [[3, 3.0]]',
#     'list(bands.columns) == ["left", "right", "count", "mean", "sd"] and bands["left"].tolist() == [-500, 0, 1000, 3000] and bands["right"].tolist() == [0, 1000, 3000, 9000]',
#     '(lambda s: bands["count"].tolist() == [int(((s["elevation_m"] >= lo) & ((s["elevation_m"] < hi) | (hi == 9000)) & (s["elevation_m"] <= 9000)).sum()) for lo, hi in [(-500, 0), (0, 1000), (1000, 3000), (3000, 9000)]])(stations.dropna(subset=["elevation_m", "temperature"]))',
#     '(lambda s: np.allclose(bands["mean"], [s.loc[(s["elevation_m"] >= lo) & ((s["elevation_m"] < hi) | (hi == 9000)) & (s["elevation_m"] <= 9000), "temperature"].mean() for lo, hi in [(-500, 0), (0, 1000), (1000, 3000), (3000, 9000)]], equal_nan=True) and np.allclose(bands["sd"], [s.loc[(s["elevation_m"] >= lo) & ((s["elevation_m"] < hi) | (hi == 9000)) & (s["elevation_m"] <= 9000), "temperature"].std() for lo, hi in [(-500, 0), (0, 1000), (1000, 3000), (3000, 9000)]], equal_nan=True))(stations.dropna(subset=["elevation_m", "temperature"]))',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'binning', 'descriptive-statistics', 'missing-data']
# edge_cases = true
# ///
import numpy as np
import pandas as pd
from scipy import stats


def binned_summary(x, values, edges):
    """Count, mean and standard deviation of `values` within bins of `x`.

    Bins are [edges[i], edges[i + 1]) except the last, which also includes
    its right edge; pairs with x outside the edges or a NaN in x or values
    are ignored. Returns a DataFrame with one row per bin and the columns
    "left", "right", "count" (int), "mean" and "sd" (ddof=1); "mean" is NaN
    for an empty bin and "sd" for a bin with fewer than 2 values.
    """
    x = np.asarray(x, dtype=float)
    values = np.asarray(values, dtype=float)
    complete = ~(np.isnan(x) | np.isnan(values))
    x, values = x[complete], values[complete]

    def sample_sd(v):
        return np.std(v, ddof=1) if len(v) > 1 else np.nan

    # binned_statistic uses half-open bins, closing only the last one on the right
    count, bin_edges, _ = stats.binned_statistic(x, values, statistic="count", bins=edges)
    mean = stats.binned_statistic(x, values, statistic="mean", bins=edges).statistic
    sd = stats.binned_statistic(x, values, statistic=sample_sd, bins=edges).statistic
    return pd.DataFrame(
        {
            "left": bin_edges[:-1],
            "right": bin_edges[1:],
            "count": count.astype(int),
            "mean": mean,
            "sd": sd,
        }
    )


bands = binned_summary(
    stations["elevation_m"], stations["temperature"], [-500, 0, 1000, 3000, 9000]
)
