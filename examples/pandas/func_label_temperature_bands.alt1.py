import numpy as np
import pandas as pd


def label_bands(values, edges, labels):
    """Label each value with the band [edges[i], edges[i + 1]) it falls in.

    Bands are closed on the left and open on the right. Values outside all
    bands and missing values get NaN. Returns an ordered categorical Series
    with the categories `labels` (in order), aligned with values.index.
    Raises ValueError("need exactly one label per band") unless
    len(labels) == len(edges) - 1.
    """
    if len(edges) - 1 != len(labels):
        raise ValueError("need exactly one label per band")
    x = values.to_numpy(dtype=float)
    position = np.searchsorted(np.asarray(edges, dtype=float), x, side="right") - 1
    inside = (position >= 0) & (position < len(labels)) & ~np.isnan(x)
    codes = np.where(inside, position, -1)
    band = pd.Categorical.from_codes(codes, categories=labels, ordered=True)
    return pd.Series(band, index=values.index, name=values.name)


temp_band = label_bands(
    stations["temperature"], edges=[-90, 0, 10, 20, 60], labels=["freezing", "cold", "mild", "warm"]
)

try:
    label_bands(stations["temperature"], edges=[-90, 0, 60], labels=["freezing", "cold", "mild"])
except ValueError as exc:
    label_error = str(exc)
