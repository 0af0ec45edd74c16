import numpy as np
from scipy.optimize import fsolve


def system(p):
    x, y, z = p
    return [x + y + z - 6, x * y * z - 6, x * x + y * y + z * z - 14]


def system_jac(p):
    x, y, z = p
    return [[1, 1, 1], [y * z, x * z, x * y], [2 * x, 2 * y, 2 * z]]


# fsolve wraps the same MINPACK hybrid method; fprime supplies the Jacobian
xyz = fsolve(system, [0.5, 1.8, 3.5], fprime=system_jac, xtol=1e-12)
max_residual = float(np.abs(system(xyz)).max())
