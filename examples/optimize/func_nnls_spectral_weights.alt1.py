import numpy as np
from scipy import optimize


def mixture_weights(mixed, references):
    """Non-negative weights w that best reproduce a measured spectrum.

    mixed has shape (m,); references has shape (k, m), one pure-component
    spectrum per row. Minimises ||references.T @ w - mixed|| subject to
    w >= 0 and returns w with shape (k,). Raises ValueError("references
    must have one column per wavelength of mixed") when the lengths differ.
    """
    b = np.asarray(mixed, float)
    A = np.asarray(references, float).T
    if A.shape[0] != b.size:
        raise ValueError("references must have one column per wavelength of mixed")
    # bounded linear least squares with lower bound 0 and no upper bound
    fit = optimize.lsq_linear(A, b, bounds=(0, np.inf), method="bvls", tol=1e-12)
    return fit.x


try:
    mixture_weights(np.ones(3), np.ones((2, 4)))
except ValueError as exc:
    shape_error = str(exc)
