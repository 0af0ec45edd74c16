# /// example
# task = '''
# Write a function `bratu_solution` with the signature and docstring below, store in `peak_u` the
# value at x = 0.5 of the solution for lam = 2, and in `fold_error` the message raised for lam = 4.
#
# ```python
# def bratu_solution(lam, x):
#     """Lower-branch solution of the Bratu problem u'' + lam * exp(u) = 0
#     on [0, 1] with u(0) = u(1) = 0.
#
#     Solved as a boundary value problem (tolerance 1e-8) from the zero
#     initial guess, which converges to the lower of the two solutions.
#     Returns u at the positions `x` as a float array. Raises
#     ValueError("no solution for lam above 3.5138") when lam > 3.5138 (past
#     the fold no solution exists) and RuntimeError with the solver's message
#     if it does not converge.
#     """
# ```'''
# prompt = """
# The Bratu problem u'' + lam e^u = 0, u(0) = u(1) = 0 (a combustion model) has two solutions for \
# small lam and none past lam = 3.5138. Write `bratu_solution(lam, x)` returning the lower one at \
# the positions `x` as a float array: solve it as a boundary value problem (tolerance 1e-8) starting \
# from a zero guess, raise `ValueError("no solution for lam above 3.5138")` for lam > 3.5138 and \
# RuntimeError with the solver's message if it fails. Store u(0.5) for lam = 2 in `peak_u` and the \
# error message for lam = 4 in `fold_error`."""
# task_type = 'function'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     # exact: u = -2 ln(cosh((x - 1/2) th / 2) / cosh(th / 4)), th the smaller root of th = sqrt(2 lam) cosh(th / 4)
#     'np.isclose(np.ravel(peak_u)[0], 2 * np.log(np.cosh(scipy.optimize.brentq(lambda th: th - np.sqrt(4.0) * np.cosh(th / 4), 0.0, 4.79) / 4)), rtol=1e-5)',
#     'np.allclose(bratu_solution(1.0, np.linspace(0, 1, 11)), -2 * np.log(np.cosh((np.linspace(0, 1, 11) - 0.5) * scipy.optimize.brentq(lambda th: th - np.sqrt(2.0) * np.cosh(th / 4), 0.0, 4.79) / 2) / np.cosh(scipy.optimize.brentq(lambda th: th - np.sqrt(2.0) * np.cosh(th / 4), 0.0, 4.79) / 4)), atol=1e-6)',
#     'np.allclose(bratu_solution(3.0, [0.1, 0.5, 0.9]), -2 * np.log(np.cosh((np.array([0.1, 0.5, 0.9]) - 0.5) * scipy.optimize.brentq(lambda th: th - np.sqrt(6.0) * np.cosh(th / 4), 0.0, 4.79) / 2) / np.cosh(scipy.optimize.brentq(lambda th: th - np.sqrt(6.0) * np.cosh(th / 4), 0.0, 4.79) / 4)), atol=1e-6)',
#     'np.allclose(bratu_solution(0.0, [0.2, 0.7]), 0.0)',
#     'fold_error == "no solution for lam above 3.5138"',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'ode', 'boundary-value-problem', 'applied-science', 'validation']
# ///
import numpy as np
from scipy import integrate


def bratu_solution(lam, x):
    """Lower-branch solution of the Bratu problem u'' + lam * exp(u) = 0
    on [0, 1] with u(0) = u(1) = 0.

    Solved as a boundary value problem (tolerance 1e-8) from the zero
    initial guess, which converges to the lower of the two solutions.
    Returns u at the positions `x` as a float array. Raises
    ValueError("no solution for lam above 3.5138") when lam > 3.5138 (past
    the fold no solution exists) and RuntimeError with the solver's message
    if it does not converge.
    """
    if lam > 3.5138:
        raise ValueError("no solution for lam above 3.5138")

    def rhs(_, y):
        return np.vstack([y[1], -lam * np.exp(y[0])])

    def boundary(y_left, y_right):
        return np.array([y_left[0], y_right[0]])

    mesh = np.linspace(0.0, 1.0, 21)
    # the zero guess sits in the basin of the lower (stable) branch
    solution = integrate.solve_bvp(rhs, boundary, mesh, np.zeros((2, mesh.size)), tol=1e-8)
    if not solution.success:
        raise RuntimeError(solution.message)
    return solution.sol(np.asarray(x, dtype=float))[0]


peak_u = bratu_solution(2.0, [0.5])

try:
    bratu_solution(4.0, [0.5])
except ValueError as error:
    fold_error = str(error)
