import numpy as np
from scipy.integrate import solve_bvp


def fin_temperature(x, length, m, t_base, t_air):
    """Temperature along a cooling fin with an insulated tip.

    Solves T''(x) = m**2 (T - t_air) on [0, length] with T(0) = t_base
    and T'(length) = 0 as a boundary value problem (tolerance 1e-6) and
    returns T at the positions `x` as a float array. Raises RuntimeError
    with the solver's message if it does not converge.
    """

    # work with the excess temperature theta = T - t_air, which obeys theta'' = m^2 theta
    def fin_equation(_, theta):
        return np.array([theta[1], m**2 * theta[0]])

    def conditions(at_base, at_tip):
        return np.array([at_base[0] - (t_base - t_air), at_tip[1]])

    grid = np.linspace(0.0, length, 30)
    start = np.zeros((2, grid.size))
    start[0] = t_base - t_air
    fit = solve_bvp(fin_equation, conditions, grid, start, tol=1e-6, max_nodes=5000)
    if fit.status != 0:
        raise RuntimeError(fit.message)
    return t_air + fit.sol(np.asarray(x, dtype=float))[0]


tip_c = fin_temperature(np.array([0.05]), 0.05, 40.0, 120.0, 25.0)
