import numpy as np
from scipy import integrate


def system(t, u):
    return np.array([u[1], -u[0]])


def conditions(u_left, u_right):
    return np.array([u_left[0], u_right[0] - 1])


grid = np.linspace(0.0, np.pi / 2, 5)
solution = integrate.solve_bvp(system, conditions, grid, np.zeros((2, 5)), tol=1e-6)
x_plot = np.linspace(0, np.pi / 2, 21)
# sol is a cubic spline through the mesh: rows are y and y'
y_plot = solution.sol(x_plot)[0]
