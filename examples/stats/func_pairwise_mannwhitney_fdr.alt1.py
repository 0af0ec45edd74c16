import itertools

import numpy as np
import pandas as pd
from scipy.stats import mannwhitneyu


def pairwise_mannwhitney(samples):
    """Two-sided Mann-Whitney U tests between every pair of groups, with
    Benjamini-Hochberg adjusted p-values.

    `samples` maps group names to 1-D samples; NaN values are dropped. The
    pairs are taken in the order of itertools.combinations over the dict's
    keys. Returns a DataFrame with one row per pair and the columns
    "group_1", "group_2", "u" (the statistic of group_1 against group_2),
    "p" and "p_adjusted" (BH false discovery rate over all the pairs).
    Raises ValueError("need at least 2 groups") for fewer groups.
    """
    if len(samples) < 2:
        raise ValueError("need at least 2 groups")
    records = []
    for g1, g2 in itertools.combinations(samples.keys(), 2):
        x = pd.Series(samples[g1], dtype=float).dropna()
        y = pd.Series(samples[g2], dtype=float).dropna()
        u, p = mannwhitneyu(x, y)
        records.append({"group_1": g1, "group_2": g2, "u": float(u), "p": float(p)})
    out = pd.DataFrame(records)
    # Benjamini-Hochberg: p * m / rank, made monotone from the largest p downwards
    m = len(out)
    order = np.argsort(out["p"].to_numpy())
    scaled = out["p"].to_numpy()[order] * m / np.arange(1, m + 1)
    adjusted = np.minimum.accumulate(scaled[::-1])[::-1]
    out["p_adjusted"] = 0.0
    out.loc[out.index[order], "p_adjusted"] = np.minimum(adjusted, 1.0)
    return out


pairwise = pairwise_mannwhitney({"a": a, "b": b, "c": c})

try:
    pairwise_mannwhitney({"a": a})
except ValueError as exc:
    groups_error = str(exc)
