# /// example
# task = """
# Write the negative log-likelihood of a logistic regression on the standardised features `X_std` \
# (each column of `X` with zero mean and unit variance) and 0/1 labels `y` and its analytic \
# gradient, then verify the gradient against finite differences at a seeded random weight vector \
# with `check_grad`; store the discrepancy in `grad_error` and the gradient norm at that point in \
# `grad_norm`."""
# prompt = """
# I'm writing a logistic-regression negative log-likelihood for features `X` and 0/1 labels `y`, \
# with its analytic gradient. Standardise each column of `X` to zero mean and unit variance as \
# `X_std` and use that, then check my gradient against finite differences (scipy's gradient \
# checker) at a small random weight vector drawn with a fixed seed. Store the discrepancy in \
# `grad_error` and the norm of the gradient at that point in `grad_norm`."""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = { X = 'clf.X', y = 'clf.y' }
# checks = [
#     'X_std.shape == X.shape and np.allclose(X_std.mean(axis=0), 0, atol=1e-9) and np.allclose(X_std.std(axis=0), 1)',
#     'grad_norm > 0',
#     'grad_error < 1e-5 * max(1.0, grad_norm)',
# ]
# difficulty = 'intermediate'
# tags = ['minimization', 'derivatives', 'classification']
# edge_cases = true
# ///
import numpy as np
from scipy import optimize

# on features of order one a small random weight vector leaves the sigmoid unsaturated
# (saturated, both gradients are zero and the check proves nothing) and the default
# finite-difference step suits every weight
X_std = (X - X.mean(axis=0)) / X.std(axis=0)


def nll(w):
    z = X_std @ w
    # log(1 + exp(z)) - y z, written stably
    return np.sum(np.logaddexp(0, z) - y * z)


def nll_grad(w):
    p = np.exp(-np.logaddexp(0, -(X_std @ w)))  # sigmoid without overflow
    return X_std.T @ (p - y)


w0 = np.random.default_rng(0).normal(scale=0.1, size=X.shape[1])
grad_norm = np.linalg.norm(nll_grad(w0))
grad_error = optimize.check_grad(nll, nll_grad, w0)
