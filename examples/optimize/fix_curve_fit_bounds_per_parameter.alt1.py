import numpy as np
from scipy.optimize import Bounds, curve_fit

limits = [(0, 20), (0, 5), (-5, 5)]
# keep the per-parameter pairs and turn them into a Bounds object
lower, upper = np.array(limits, dtype=float).T
popt, pcov = curve_fit(
    lambda x, a, k, c: a * np.exp(-k * x) + c, x, y, p0=[1, 1, 0], bounds=Bounds(lower, upper)
)
