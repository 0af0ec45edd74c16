# /// example
# task = '''
# Write a function `rosenbrock_minimiser` with the signature and docstring below, using SciPy's
# Rosenbrock helpers and never forming the n x n Hessian. Store in `small_error` the message
# raised by `rosenbrock_minimiser(1)`.
#
# ```python
# def rosenbrock_minimiser(n, start=-1.0):
#     """Minimiser of the n-dimensional Rosenbrock function.
#
#     Starts from the point with every coordinate equal to start and runs
#     Newton-CG with the analytic gradient and Hessian-vector products
#     (no n x n Hessian is built), stopping at xtol=1e-10. Returns
#     (x, n_iterations), x an array of length n and n_iterations the
#     solver's iteration count. Raises ValueError("need n >= 2") for n < 2.
#     """
# ```'''
# prompt = """
# Please write `rosenbrock_minimiser(n, start=-1.0)` that minimises scipy's n-dimensional \
# Rosenbrock function from the point with all coordinates equal to `start`, with Newton-CG, the \
# analytic gradient and only Hessian-vector products (I'll use large n, so no full Hessian), \
# stopping at `xtol=1e-10`, and returns (x, n_iterations) with the solver's iteration count. It should raise `ValueError("need n >= 2")` when n < 2; keep the \
# message from `rosenbrock_minimiser(1)` in `small_error`."""
# task_type = 'function'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(rosenbrock_minimiser(2)[0], np.ones(2), atol=1e-5)',
#     'np.allclose(rosenbrock_minimiser(10, start=0.5)[0], np.ones(10), atol=1e-5)',
#     '(lambda found: np.shape(found) == (40,) and np.allclose(found, 1.0, atol=1e-5))(rosenbrock_minimiser(40)[0])',
#     # the count of iterations, not of function evaluations, under the stated xtol
#     'int(rosenbrock_minimiser(5)[1]) == scipy.optimize.minimize(scipy.optimize.rosen, np.full(5, -1.0), method="Newton-CG", jac=scipy.optimize.rosen_der, hessp=scipy.optimize.rosen_hess_prod, options={"xtol": 1e-10}).nit',
#     # the gradient vanishes at the returned point
#     'np.linalg.norm(scipy.optimize.rosen_der(rosenbrock_minimiser(30, start=2.0)[0])) < 1e-4',
#     'small_error == "need n >= 2"',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'minimization', 'derivatives', 'validation']
# ///
import numpy as np
from scipy import optimize


def rosenbrock_minimiser(n, start=-1.0):
    """Minimiser of the n-dimensional Rosenbrock function.

    Starts from the point with every coordinate equal to start and runs
    Newton-CG with the analytic gradient and Hessian-vector products
    (no n x n Hessian is built), stopping at xtol=1e-10. Returns
    (x, n_iterations), x an array of length n and n_iterations the
    solver's iteration count. Raises ValueError("need n >= 2") for n < 2.
    """
    if n < 2:
        raise ValueError("need n >= 2")
    x0 = np.full(n, float(start))
    # hessp(x, p) returns H(x) @ p directly, which is all conjugate gradients needs
    result = optimize.minimize(
        optimize.rosen,
        x0,
        method="Newton-CG",
        jac=optimize.rosen_der,
        hessp=optimize.rosen_hess_prod,
        options={"xtol": 1e-10},
    )
    return result.x, result.nit


try:
    rosenbrock_minimiser(1)
except ValueError as error:
    small_error = str(error)
