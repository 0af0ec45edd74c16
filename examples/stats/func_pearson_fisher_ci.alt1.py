import math

import numpy as np
import pandas as pd
from scipy.stats import norm


def pearson_with_ci(x, y, confidence=0.95):
    """Pearson correlation with a Fisher z confidence interval.

    Pairs where x or y is NaN are dropped. The interval is
    tanh(atanh(r) -/+ z_crit / sqrt(n - 3)) with z_crit the two-sided
    normal quantile for `confidence`. Returns (r, low, high) as floats;
    all three are NaN when x or y is constant. Raises
    ValueError("need at least 4 complete pairs") for fewer than 4 pairs.
    """
    pairs = pd.DataFrame(
        {"x": np.asarray(x, dtype=float), "y": np.asarray(y, dtype=float)}
    ).dropna()
    n = len(pairs)
    if n < 4:
        raise ValueError("need at least 4 complete pairs")
    if pairs["x"].nunique() == 1 or pairs["y"].nunique() == 1:
        return math.nan, math.nan, math.nan
    r = float(np.corrcoef(pairs["x"], pairs["y"])[0, 1])
    r = max(-1.0, min(1.0, r))
    if abs(r) == 1.0:
        return r, r, r
    # Fisher's transform, then back with tanh
    z = math.atanh(r)
    margin = norm.ppf((1 + confidence) / 2) / math.sqrt(n - 3)
    return r, math.tanh(z - margin), math.tanh(z + margin)


elev_temp = pearson_with_ci(stations["elevation_m"], stations["temperature"])

try:
    pearson_with_ci([1.0, 2.0, np.nan, 4.0], [1.0, 3.0, 2.0, 5.0])
except ValueError as error:
    pairs_error = str(error)
