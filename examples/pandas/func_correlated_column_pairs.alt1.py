from itertools import combinations

import pandas as pd


def correlated_pairs(df, threshold, method="pearson"):
    """Pairs of numeric columns whose |correlation| is at least `threshold`.

    Non-numeric columns are ignored, each unordered pair appears once with
    `a` the column that comes first in df, and pairs whose correlation is
    undefined (a constant column) are left out. Returns a DataFrame with the
    columns "a", "b" and "r" (the signed correlation), sorted by |r|
    descending with ties kept in column order, and a fresh RangeIndex.
    """
    matrix = df.select_dtypes(include="number").corr(method=method)
    rows = [
        {"a": a, "b": b, "r": matrix.loc[a, b]}
        for a, b in combinations(matrix.columns, 2)
        if abs(matrix.loc[a, b]) >= threshold
    ]
    pairs = pd.DataFrame(rows, columns=["a", "b", "r"])
    pairs["strength"] = pairs["r"].abs()
    pairs = pairs.sort_values("strength", ascending=False, kind="mergesort")
    return pairs.drop(columns="strength").reset_index(drop=True)


strong_pairs = correlated_pairs(measurements, threshold=0.3)
