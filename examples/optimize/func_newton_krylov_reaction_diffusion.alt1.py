import numpy as np
from scipy import optimize, sparse


def steady_state(source, length=1.0):
    """Steady profile u of -u'' + u**3 = source on (0, length), u = 0 at both ends.

    source holds the source term at n >= 1 equally spaced interior points
    (spacing h = length / (n + 1)); u'' is the second difference
    (u[i-1] - 2 u[i] + u[i+1]) / h**2 with the zero end values. Returns u at
    the interior points, with the equations' residuals below 1e-6 in
    absolute value. Raises ValueError("need at least one interior point")
    for an empty source.
    """
    f = np.asarray(source, dtype=float)
    n = len(f)
    if n == 0:
        raise ValueError("need at least one interior point")
    h = length / (n + 1)
    laplacian = sparse.diags([1.0, -2.0, 1.0], [-1, 0, 1], shape=(n, n)) / h**2

    def residual(u):
        return -(laplacian @ u) + u**3 - f

    # root's "krylov" method is newton_krylov; fatol bounds the largest absolute residual
    solution = optimize.root(residual, np.zeros(n), method="krylov", options={"fatol": 1e-9})
    return solution.x


try:
    steady_state(np.array([]))
except ValueError as exc:
    empty_error = str(exc)
