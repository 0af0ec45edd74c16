import pandas as pd
from scipy.integrate import simpson


def area_under_samples(x, y):
    """Integral of tabulated y(x) by Simpson's rule.

    The pairs are sorted by x first and pairs where x or y is NaN are
    dropped. Returns a float; 0.0 when fewer than 2 pairs remain (empty
    or single-point input).
    """
    table = pd.DataFrame({"x": x, "y": y}, dtype=float).dropna()
    if len(table) < 2:
        return 0.0
    table = table.sort_values("x", kind="stable")
    return float(simpson(table["y"].to_numpy(), x=table["x"].to_numpy()))


area = area_under_samples(x, y)
