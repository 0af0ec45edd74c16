# /// example
# task = '''
# Write a function `fin_temperature` with the signature and docstring below, and store in `tip_c`
# the tip temperature of a 5 cm fin with m = 40 per metre, a 120 degC base and 25 degC air.
#
# ```python
# def fin_temperature(x, length, m, t_base, t_air):
#     """Temperature along a cooling fin with an insulated tip.
#
#     Solves T''(x) = m**2 (T - t_air) on [0, length] with T(0) = t_base
#     and T'(length) = 0 as a boundary value problem (tolerance 1e-6) and
#     returns T at the positions `x` as a float array. Raises RuntimeError
#     with the solver's message if it does not converge.
#     """
# ```'''
# prompt = """
# I need `fin_temperature(x, length, m, t_base, t_air)` for heat-sink design: solve the fin \
# equation T'' = m^2 (T - t_air) on [0, length] with the base at `t_base` and an insulated tip \
# (T' = 0 at x = length) as a boundary value problem with tolerance 1e-6, and return T at `x` as a \
# float array, raising RuntimeError with the solver's message if it fails. What's the tip \
# temperature of a 5 cm fin with m = 40 /m, a 120 degC base and 25 degC air? Store it in `tip_c`."""
# task_type = 'function'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     # exact: T = t_air + (t_base - t_air) cosh(m (L - x)) / cosh(m L)
#     'np.isclose(np.ravel(tip_c)[0], 25.0 + 95.0 / np.cosh(40.0 * 0.05), rtol=1e-6)',
#     'np.allclose(fin_temperature(np.linspace(0, 0.1, 6), 0.1, 20.0, 80.0, 20.0), 20.0 + 60.0 * np.cosh(20.0 * (0.1 - np.linspace(0, 0.1, 6))) / np.cosh(2.0), rtol=1e-6)',
#     'np.allclose(fin_temperature([0.0, 0.5, 1.0], 1.0, 3.0, 300.0, 300.0), 300.0, rtol=1e-6)',
#     'np.allclose(fin_temperature([0.0, 0.01, 0.02], 0.02, 150.0, 60.0, 20.0), 20.0 + 40.0 * np.cosh(150.0 * (0.02 - np.array([0.0, 0.01, 0.02]))) / np.cosh(3.0), rtol=1e-6)',
#     'np.size(tip_c) == 1',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'ode', 'boundary-value-problem', 'applied-science', 'error-handling']
# ///
import numpy as np
from scipy import integrate


def fin_temperature(x, length, m, t_base, t_air):
    """Temperature along a cooling fin with an insulated tip.

    Solves T''(x) = m**2 (T - t_air) on [0, length] with T(0) = t_base
    and T'(length) = 0 as a boundary value problem (tolerance 1e-6) and
    returns T at the positions `x` as a float array. Raises RuntimeError
    with the solver's message if it does not converge.
    """

    def rhs(_, y):
        return np.vstack([y[1], m**2 * (y[0] - t_air)])

    def boundary(y_base, y_tip):
        # a fixed base temperature and no heat flux through the tip
        return np.array([y_base[0] - t_base, y_tip[1]])

    mesh = np.linspace(0.0, length, 21)
    guess = np.vstack([np.full(mesh.size, t_base), np.zeros(mesh.size)])
    solution = integrate.solve_bvp(rhs, boundary, mesh, guess, tol=1e-6)
    if not solution.success:
        raise RuntimeError(solution.message)
    return solution.sol(np.asarray(x, dtype=float))[0]


tip_c = fin_temperature([0.05], 0.05, 40.0, 120.0, 25.0)
