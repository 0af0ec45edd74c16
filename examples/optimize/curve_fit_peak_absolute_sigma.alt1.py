import numpy as np
from scipy.optimize import curve_fit


def gaussian(t, A, mu, s):
    return A * np.exp(-((t - mu) ** 2) / (2 * s**2))


y_err = np.full(len(y), 0.05 * np.mean(np.abs(y)))
i_max = np.argmax(y)
# start at the highest sample, with a width of a tenth of the range
p0 = [y[i_max], x[i_max], 0.1 * (x[-1] - x[0])]
popt, pcov = curve_fit(gaussian, x, y, p0=p0, sigma=y_err, absolute_sigma=True)
perr = np.sqrt(np.diag(pcov))
