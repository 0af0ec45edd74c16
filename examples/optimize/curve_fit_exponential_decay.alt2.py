import numpy as np
import scipy.optimize as so


def model(t, A, k, c):
    return A * np.exp(-k * t) + c


# starting guess: offset a little beyond the last value, then a log-linear fit of the rest
c_guess = y[-1] - 0.05 * (y[0] - y[-1])
shifted = np.clip((y - c_guess) * np.sign(y[0] - c_guess), 1e-12, None)
slope, log_amp = np.polyfit(x, np.log(shifted), 1)
p0 = [np.sign(y[0] - c_guess) * np.exp(log_amp), max(-slope, 1e-6), c_guess]

popt, pcov = so.curve_fit(model, x, y, p0=p0, maxfev=20000)
perr = np.sqrt(np.diag(pcov))
