import numpy as np
from scipy.optimize import fsolve


def residuals(point):
    x, y = point
    return np.array([x**2 + y**2 - 5.0, x - y - 1.0])


def jacobian(point):
    x, y = point
    return np.array([[2 * x, 2 * y], [1.0, -1.0]])


# full_output=True also returns the status flag ier (1 means a solution was found)
(x_sol, y_sol), _, ier, _ = fsolve(residuals, [1.0, 1.0], fprime=jacobian, full_output=True)
converged = ier == 1
