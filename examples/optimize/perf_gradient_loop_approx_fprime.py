# /// example
# task = """
# This loop computes a forward-difference gradient (step 1e-6) of the log-likelihood function \
# `loglik` of a logistic model (design matrix `X`, 0/1 `labels`) at the coefficients `beta` \
# and stores it in `gradient`:
#
# ```python
# import numpy as np
#
# rng = np.random.default_rng(0)
# X = rng.normal(size=(200, 5))
# labels = (X @ np.array([1.0, -2.0, 0.5, 0.0, 1.5]) + rng.normal(size=200) > 0).astype(float)
# beta = np.array([0.5, -1.0, 0.2, 0.1, 1.0])
#
#
# def loglik(b):
#     z = X @ b
#     return np.sum(labels * z - np.logaddexp(0, z))
#
#
# step = 1e-6
# base = loglik(beta)
# gradient = np.empty(beta.size)
# for i in range(beta.size):
#     shifted = beta.copy()
#     shifted[i] += step
#     gradient[i] = (loglik(shifted) - base) / step
# ```
#
# Replace the hand-written loop with SciPy's finite-difference gradient helper giving the same \
# `gradient`."""
# prompt = """
# I approximate the gradient of my logistic log-likelihood `loglik` (data `X`, `labels`) at \
# `beta` with a loop of \
# forward differences (step 1e-6), into `gradient`:
#
# ```python
# import numpy as np
#
# rng = np.random.default_rng(0)
# X = rng.normal(size=(200, 5))
# labels = (X @ np.array([1.0, -2.0, 0.5, 0.0, 1.5]) + rng.normal(size=200) > 0).astype(float)
# beta = np.array([0.5, -1.0, 0.2, 0.1, 1.0])
#
#
# def loglik(b):
#     z = X @ b
#     return np.sum(labels * z - np.logaddexp(0, z))
#
#
# step = 1e-6
# base = loglik(beta)
# gradient = np.empty(beta.size)
# for i in range(beta.size):
#     shifted = beta.copy()
#     shifted[i] += step
#     gradient[i] = (loglik(shifted) - base) / step
# ```
#
# Doesn't SciPy have a function for exactly this?"""
# task_type = 'performance'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     # the analytic gradient X^T (labels - sigmoid(X beta)); forward differences agree to about 1e-4
#     'np.allclose(gradient, X.T @ (labels - 1 / (1 + np.exp(-(X @ beta)))), rtol=1e-4, atol=1e-3)',
#     # the data exactly as the task builds them from the seed
#     '(lambda r: np.allclose(X, np.random.default_rng(0).normal(size=(200, 5))) and np.array_equal(labels, (r.normal(size=(200, 5)) @ np.array([1.0, -2.0, 0.5, 0.0, 1.5]) + r.normal(size=200) > 0).astype(float)))(np.random.default_rng(0))',
#     'np.shape(gradient) == np.shape(beta) and np.isclose(loglik(beta), np.sum(labels * (X @ beta) - np.logaddexp(0, X @ beta)))',
# ]
# difficulty = 'basic'
# tags = ['vectorization', 'derivatives']
# ///
import numpy as np
from scipy import optimize

rng = np.random.default_rng(0)
X = rng.normal(size=(200, 5))
labels = (X @ np.array([1.0, -2.0, 0.5, 0.0, 1.5]) + rng.normal(size=200) > 0).astype(float)
beta = np.array([0.5, -1.0, 0.2, 0.1, 1.0])


def loglik(b):
    z = X @ b
    return np.sum(labels * z - np.logaddexp(0, z))


# approx_fprime takes the same forward differences, one coordinate at a time
gradient = optimize.approx_fprime(beta, loglik, 1e-6)
