import numpy as np
from scipy.optimize import minimize


def sum_of_squares(params):
    amplitude, rate, offset = params
    return np.sum((amplitude * np.exp(-rate * x) + offset - y) ** 2)


best = minimize(sum_of_squares, x0=[y[0] - y[-1], 0.5, y[-1]]).x
