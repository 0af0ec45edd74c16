import numpy as np
from scipy.optimize import minimize, rosen, rosen_der, rosen_hess_prod


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
    res = minimize(
        rosen,
        start * np.ones(n),
        jac=rosen_der,
        hessp=rosen_hess_prod,
        method="Newton-CG",
        tol=1e-10,  # Newton-CG reads `tol` as its xtol
    )
    return res.x, int(res.nit)


try:
    rosenbrock_minimiser(1)
except ValueError as exc:
    small_error = str(exc)
