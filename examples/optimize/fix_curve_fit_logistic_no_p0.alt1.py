import numpy as np
from scipy.optimize import curve_fit


def logistic(t, top, rate, mid):
    return top / (1 + np.exp(-rate * (t - mid)))


# bounds keep the search in a sensible region: positive plateau and rate, midpoint inside the data
start = [np.max(y), 1.0, np.median(x)]
bounds = ([0.0, 0.0, x.min()], [np.inf, np.inf, x.max()])
popt, _ = curve_fit(logistic, x, y, p0=start, bounds=bounds)
