from functools import partial

import numpy as np
from scipy.optimize import minimize


def sum_of_squares(params, x, y):
    height, center, width = params
    return np.sum((height * np.exp(-((x - center) ** 2) / (2 * width**2)) - y) ** 2)


objective = partial(sum_of_squares, x=x, y=y)
best = minimize(objective, [y.max(), x[np.argmax(y)], np.ptp(x) / 10]).x
