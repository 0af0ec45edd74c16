# /// example
# task = """
# Fit weights `w` constrained to [0, 1] that minimise ||A w - b||**2 for a seeded random 30 x 5 \
# matrix `A` and targets `b`, using `minimize(method="L-BFGS-B")` with a `Bounds` object and an \
# objective that returns the value and gradient together (`jac=True`); store the result in `res` \
# and the weights in `w`."""
# prompt = """
# Build a random 30 x 5 matrix `A` (standard normal, default_rng(0)) and targets `b` = A @ [0.5, \
# -0.3, 1.4, 0.2, 0.8] plus normal noise with sd 0.1. I need weights `w` in [0, 1] minimising ||A \
# w - b||**2, solved with L-BFGS-B using a Bounds object and an objective that returns the value \
# and gradient together. Store the result in `res` and the weights in `w`."""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     'res.success and np.all((w >= 0) & (w <= 1))',
#     # optimality with bounds: a projected gradient step leaves w where it is
#     'np.allclose(np.clip(w - 2 * A.T @ (A @ w - b), 0, 1), w, atol=1e-4)',
#     'np.isclose(w[1], 0, atol=1e-6) and np.isclose(w[2], 1, atol=1e-6)',
# ]
# difficulty = 'intermediate'
# tags = ['minimization', 'constrained-optimization', 'least-squares']
# ///
import numpy as np
from scipy import optimize

rng = np.random.default_rng(0)
A = rng.normal(size=(30, 5))
b = A @ np.array([0.5, -0.3, 1.4, 0.2, 0.8]) + rng.normal(scale=0.1, size=30)


def objective(w):
    r = A @ w - b
    return r @ r, 2 * A.T @ r  # value and gradient in one pass


bounds = optimize.Bounds(np.zeros(5), np.ones(5))
res = optimize.minimize(objective, np.full(5, 0.5), jac=True, method="L-BFGS-B", bounds=bounds)
w = res.x
