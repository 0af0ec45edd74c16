import numpy as np
from scipy.optimize import curve_fit


def decay(t, A, k, c):
    return A * np.exp(-k * t) + c


# offset from the last reading, amplitude from the drop, rate from the time span
c0 = y[-1]
A0 = y[0] - c0
k0 = 3.0 / (x[-1] - x[0])
p0 = [A0, k0, c0]
popt, pcov = curve_fit(decay, x, y, p0=p0, maxfev=10000)
perr = np.sqrt(np.diag(pcov))
