import numpy as np
import scipy.optimize as so


def gaussian(t, amp, centre, width):
    return amp * np.exp(-0.5 * ((t - centre) / width) ** 2)


first_error = None
try:
    popt, _ = so.curve_fit(gaussian, x, y, p0=(1.0, 0.0, 1.0), maxfev=5)
except RuntimeError as exc:
    first_error = str(exc)
    # retry from the data: peak height and position, width from the spread of the range
    guess = (np.max(y), x[np.argmax(y)], (np.max(x) - np.min(x)) / 10)
    popt, _ = so.curve_fit(gaussian, x, y, p0=guess)
