# /// example
# task = '''
# Write a function `steady_temperature` with the signature and docstring below, and store in
# `rod_c` the temperatures at x = 0, 0.25, 0.5, 0.75 and 1.0 m of a 1 m rod held at 20 degC and
# 80 degC at its ends with a source term of 400 K/m^2.
#
# ```python
# def steady_temperature(x, length, t_left, t_right, source=0.0):
#     """Steady temperature along a rod with uniform internal heating.
#
#     Solves the boundary value problem T''(x) = -source on [0, length]
#     with T(0) = t_left and T(length) = t_right (`source` is the heating
#     rate over the conductivity, in K/m^2) and returns the solution at the
#     positions `x` as a float array. Raises RuntimeError with the solver's
#     message if it does not converge.
#     """
# ```'''
# prompt = """
# I model heated rods and need `steady_temperature(x, length, t_left, t_right, source=0.0)`: solve \
# T'' = -source on [0, length] with the end temperatures fixed at `t_left` and `t_right`, as a \
# boundary value problem, and return T at the positions `x` as a float array, raising RuntimeError \
# with the solver's message if it fails. For a 1 m rod at 20 and 80 degC with source 400 K/m^2, put \
# the temperatures at x = 0, 0.25, 0.5, 0.75 and 1.0 in `rod_c`."""
# task_type = 'function'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     # the exact solution: the straight line between the ends plus the parabola source x (L - x) / 2
#     'np.allclose(rod_c, 20.0 + 60.0 * np.array([0.0, 0.25, 0.5, 0.75, 1.0]) + 200.0 * np.array([0.0, 0.25, 0.5, 0.75, 1.0]) * (1.0 - np.array([0.0, 0.25, 0.5, 0.75, 1.0])), atol=1e-6)',
#     'np.allclose(steady_temperature(np.linspace(0, 2, 9), 2.0, 100.0, 0.0), 100.0 - 50.0 * np.linspace(0, 2, 9), atol=1e-6)',
#     'np.allclose(steady_temperature([0.1, 0.3], 0.4, 0.0, 0.0, source=1000.0), 500.0 * np.array([0.1, 0.3]) * (0.4 - np.array([0.1, 0.3])), atol=1e-6)',
#     # a heat sink (negative source) sags the profile below the straight line
#     'np.allclose(steady_temperature([1.5], 3.0, 10.0, 40.0, source=-8.0), [25.0 - 4.0 * 1.5 * 1.5], atol=1e-6)',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'ode', 'boundary-value-problem', 'applied-science', 'error-handling']
# ///
import numpy as np
from scipy import integrate


def steady_temperature(x, length, t_left, t_right, source=0.0):
    """Steady temperature along a rod with uniform internal heating.

    Solves the boundary value problem T''(x) = -source on [0, length]
    with T(0) = t_left and T(length) = t_right (`source` is the heating
    rate over the conductivity, in K/m^2) and returns the solution at the
    positions `x` as a float array. Raises RuntimeError with the solver's
    message if it does not converge.
    """

    # first-order system: y[0] = T, y[1] = dT/dx
    def rhs(_, y):
        return np.vstack([y[1], np.full_like(y[0], -source)])

    def boundary(y_left, y_right):
        return np.array([y_left[0] - t_left, y_right[0] - t_right])

    mesh = np.linspace(0.0, length, 11)
    guess = np.vstack([np.linspace(t_left, t_right, mesh.size), np.zeros(mesh.size)])
    solution = integrate.solve_bvp(rhs, boundary, mesh, guess)
    if not solution.success:
        raise RuntimeError(solution.message)
    return solution.sol(np.asarray(x, dtype=float))[0]


rod_c = steady_temperature([0.0, 0.25, 0.5, 0.75, 1.0], 1.0, 20.0, 80.0, source=400.0)
