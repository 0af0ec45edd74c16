import numpy as np
import scipy.optimize as so


def gauss(x, A, mu, s):
    return A * np.exp(-((x - mu) ** 2) / (2 * s**2))


y_err = 0.05 * np.mean(np.abs(y)) * np.ones_like(y)
# moment-based start: the signal's weighted mean and spread
w = np.clip(y, 0, None) + 1e-12
mu0 = np.sum(w * x) / np.sum(w)
s0 = np.sqrt(np.sum(w * (x - mu0) ** 2) / np.sum(w))
p0 = (y.max(), mu0, max(s0, np.ptp(x) / 100))

# absolute_sigma=True: y_err are true standard deviations, so pcov is not rescaled by chi2/dof
popt, pcov = so.curve_fit(gauss, x, y, p0=p0, sigma=y_err, absolute_sigma=True, maxfev=10000)
perr = np.sqrt(np.diag(pcov))
