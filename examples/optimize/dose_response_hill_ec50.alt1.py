import numpy as np
from scipy.optimize import curve_fit

x = np.log10(assay["concentration"].to_numpy())
y = assay["response"].to_numpy()


def four_pl(logc, lo, hi, logec50, n):
    return lo + (hi - lo) / (1.0 + np.power(10.0, n * (logec50 - logc)))


params, _ = curve_fit(
    four_pl,
    x,
    y,
    p0=(y.min(), y.max(), x.mean(), 1.0),
    bounds=((-np.inf, -np.inf, x.min(), 0.1), (np.inf, np.inf, x.max(), 10.0)),
)
bottom = float(params[0])
top = float(params[1])
ec50 = float(10 ** params[2])
hill_slope = float(params[3])
