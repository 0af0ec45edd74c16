import numpy as np
from scipy.optimize import least_squares

substrate = np.array([0.5, 1.0, 2.0, 4.0, 8.0])
rate = np.array([2.0, 3.3333, 5.0, 6.6667, 8.0])


def residuals(theta):
    v_max, k_m = theta
    return v_max * substrate / (k_m + substrate) - rate


# least_squares minimises the sum of squared residuals, the same objective as curve_fit
fit = least_squares(residuals, x0=[5.0, 1.0])
v_max, k_m = fit.x
