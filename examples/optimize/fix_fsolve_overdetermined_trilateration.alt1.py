import numpy as np
from scipy.optimize import minimize

beacons = np.array([[0.0, 0.0], [10.0, 0.0], [0.0, 10.0]])
measured = np.array([7.3, 8.4, 5.6])


def sum_squared_errors(point):
    return np.sum((np.linalg.norm(beacons - point, axis=1) - measured) ** 2)


position = minimize(
    sum_squared_errors, x0=[1.0, 1.0], method="Nelder-Mead", options={"xatol": 1e-9, "fatol": 1e-12}
).x
