import numpy as np
from scipy import integrate


def rod(x, state):
    temperature, gradient = state
    return np.array([gradient, 4.0 * temperature])


def boundary(left, right):
    return np.array([left[0] - 1.0, right[0]])


mesh = np.linspace(0.0, 1.0, 11)
guess = np.vstack([1.0 - mesh, -np.ones_like(mesh)])
sol = integrate.solve_bvp(rod, boundary, mesh, guess)
