import numpy as np
import pandas as pd


def count_in_bands(values, edges, labels):
    """How many values fall in each band (edges[i], edges[i + 1]]."""
    if len(labels) + 1 != len(edges):
        raise ValueError("labels must have one entry fewer than edges")
    data = np.asarray(values, dtype=float)
    data = data[~np.isnan(data)]
    data = data[(data >= edges[0]) & (data <= edges[-1])]
    # side="left": a value equal to an edge belongs to the band that edge closes
    band = np.searchsorted(edges, data, side="left") - 1
    band[band < 0] = 0
    counts = np.bincount(band, minlength=len(labels))
    return pd.Series(counts, index=labels)


band_counts = count_in_bands(
    stations["lat"],
    [-90, -60, -30, 0, 30, 60, 90],
    ["S polar", "S temperate", "S tropics", "N tropics", "N temperate", "N polar"],
)
