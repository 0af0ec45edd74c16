import numpy as np
from scipy.integrate import solve_bvp


def steady_temperature(x, length, t_left, t_right, source=0.0):
    """Steady temperature along a rod with uniform internal heating.

    Solves the boundary value problem T''(x) = -source on [0, length]
    with T(0) = t_left and T(length) = t_right (`source` is the heating
    rate over the conductivity, in K/m^2) and returns the solution at the
    positions `x` as a float array. Raises RuntimeError with the solver's
    message if it does not converge.
    """

    def derivatives(position, state):
        temperature, gradient = state
        return np.array([gradient, -source * np.ones_like(position)])

    def ends(at_left, at_right):
        return np.array([at_left[0] - t_left, at_right[0] - t_right])

    nodes = np.linspace(0.0, length, 5)
    result = solve_bvp(derivatives, ends, nodes, np.zeros((2, nodes.size)), tol=1e-8)
    if result.status != 0:
        raise RuntimeError(result.message)
    temperature, _ = result.sol(np.asarray(x, dtype=float))
    return temperature


positions_m = np.array([0.0, 0.25, 0.5, 0.75, 1.0])
rod_c = steady_temperature(positions_m, 1.0, 20.0, 80.0, source=400.0)
