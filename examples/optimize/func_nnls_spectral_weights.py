# /// example
# task = '''
# Write a function `mixture_weights` with the signature and docstring below, using SciPy's
# non-negative least squares. Store in `shape_error` the message raised by
# `mixture_weights(np.ones(3), np.ones((2, 4)))`.
#
# ```python
# def mixture_weights(mixed, references):
#     """Non-negative weights w that best reproduce a measured spectrum.
#
#     mixed has shape (m,); references has shape (k, m), one pure-component
#     spectrum per row. Minimises ||references.T @ w - mixed|| subject to
#     w >= 0 and returns w with shape (k,). Raises
#     ValueError("references must have one column per wavelength of mixed")
#     when the lengths differ.
#     """
# ```'''
# prompt = """
# I unmix measured spectra into known pure components. Please write `mixture_weights(mixed, \
# references)`, where `mixed` is one spectrum of length m and `references` is (k, m) with a pure \
# spectrum per row, returning the k weights w >= 0 that minimise ||references.T @ w - mixed|| \
# (least squares with non-negative weights, from scipy). If the lengths don't match it should \
# raise `ValueError("references must have one column per wavelength of mixed")`; keep that \
# message from `mixture_weights(np.ones(3), np.ones((2, 4)))` in `shape_error`."""
# task_type = 'function'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     # an exact non-negative mixture is recovered
#     'np.allclose(mixture_weights(2 * np.array([1.0, 0, 1, 0, 0.5]) + 0.5 * np.array([0, 1.0, 1, 1, 0]), np.array([[1.0, 0, 1, 0, 0.5], [0, 1.0, 1, 1, 0]])), [2.0, 0.5])',
#     # a mixture needing a negative weight: KKT conditions of the constrained problem hold
#     '(lambda R, b, w: np.shape(w) == (2,) and np.all(w >= 0) and np.all(R @ (R.T @ w - b) >= -1e-6) and np.allclose(w * (R @ (R.T @ w - b)), 0, atol=1e-6))(np.array([[1.0, 0, 1, 0, 0.5], [0, 1.0, 1, 1, 0]]), np.array([1.0, -0.5, 0.5, -0.5, 0.5]), mixture_weights(np.array([1.0, -0.5, 0.5, -0.5, 0.5]), np.array([[1.0, 0, 1, 0, 0.5], [0, 1.0, 1, 1, 0]])))',
#     # the weight that would be negative sits on its bound 0, not below it
#     'abs(mixture_weights(np.array([1.0, -0.5, 0.5, -0.5, 0.5]), np.array([[1.0, 0, 1, 0, 0.5], [0, 1.0, 1, 1, 0]]))[1]) < 1e-8',
#     '(lambda R, b, w: np.shape(w) == (3,) and np.all(w >= 0) and np.all(R @ (R.T @ w - b) >= -1e-6) and np.allclose(w * (R @ (R.T @ w - b)), 0, atol=1e-6))(np.abs(np.sin(np.outer([1.0, 2.0, 3.0], np.linspace(0, 3, 12)))), np.cos(np.linspace(0, 3, 12)) + 1, mixture_weights(np.cos(np.linspace(0, 3, 12)) + 1, np.abs(np.sin(np.outer([1.0, 2.0, 3.0], np.linspace(0, 3, 12))))))',
#     'shape_error == "references must have one column per wavelength of mixed"',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'least-squares', 'constrained-optimization', 'spectral-analysis', 'validation']
# ///
import numpy as np
from scipy.optimize import nnls


def mixture_weights(mixed, references):
    """Non-negative weights w that best reproduce a measured spectrum.

    mixed has shape (m,); references has shape (k, m), one pure-component
    spectrum per row. Minimises ||references.T @ w - mixed|| subject to
    w >= 0 and returns w with shape (k,). Raises
    ValueError("references must have one column per wavelength of mixed")
    when the lengths differ.
    """
    mixed = np.asarray(mixed, dtype=float)
    references = np.asarray(references, dtype=float)
    if references.shape[1] != mixed.shape[0]:
        raise ValueError("references must have one column per wavelength of mixed")
    # nnls solves min ||A w - b|| with w >= 0 for A of shape (m, k): the spectra as columns
    weights, _residual_norm = nnls(references.T, mixed)
    return weights


try:
    mixture_weights(np.ones(3), np.ones((2, 4)))
except ValueError as error:
    shape_error = str(error)
