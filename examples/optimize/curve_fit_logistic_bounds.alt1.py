import numpy as np
from scipy.optimize import curve_fit


def logistic(t, capacity, rate, midpoint):
    return capacity / (1.0 + np.exp(-rate * (t - midpoint)))


x_lo, x_hi = float(np.min(x)), float(np.max(x))
# start: plateau from the largest reading, midpoint at the centre of the range
guess = [max(float(np.max(y)), 1e-6), 1.0, 0.5 * (x_lo + x_hi)]
lower = [0.0, 0.0, x_lo]
upper = [np.inf, np.inf, x_hi]
popt, pcov = curve_fit(logistic, x, y, p0=guess, bounds=(lower, upper))
perr = np.sqrt(np.diag(pcov))
