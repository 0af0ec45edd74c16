# /// example
# task = """
# This code fits an L2-penalised logistic regression (penalty 0.5 * ||w||^2, no intercept) by \
# minimising the negative log-likelihood with BFGS and an analytic gradient, storing the weights \
# in `w_hat`, but BFGS stops at the starting point with "Desired error not necessarily achieved \
# due to precision loss" and `w_hat` stays [0, 0, 0]:
#
# ```python
# import numpy as np
# from scipy import optimize
# from scipy.special import expit
#
# rng = np.random.default_rng(0)
# X = rng.normal(size=(200, 3))
# y = (X @ np.array([1.5, -2.0, 0.5]) + rng.normal(size=200) > 0).astype(float)
#
#
# def penalised_nll(w):
#     z = X @ w
#     return np.sum(np.logaddexp(0, z) - y * z) + 0.5 * w @ w
#
#
# def gradient(w):
#     return X.T @ (y - expit(X @ w)) + w
#
#
# res = optimize.minimize(penalised_nll, np.zeros(3), jac=gradient, method="BFGS")
# w_hat = res.x
# ```
#
# Find the bug and fix it so that `w_hat` is the minimiser; the data `X`, `y` stay as built."""
# prompt = """
# I'm fitting a ridge-penalised logistic regression (0.5 * ||w||^2, no intercept) by hand with \
# BFGS and my own gradient, weights in `w_hat`, data `X`, `y` as built below:
#
# ```python
# import numpy as np
# from scipy import optimize
# from scipy.special import expit
#
# rng = np.random.default_rng(0)
# X = rng.normal(size=(200, 3))
# y = (X @ np.array([1.5, -2.0, 0.5]) + rng.normal(size=200) > 0).astype(float)
#
#
# def penalised_nll(w):
#     z = X @ w
#     return np.sum(np.logaddexp(0, z) - y * z) + 0.5 * w @ w
#
#
# def gradient(w):
#     return X.T @ (y - expit(X @ w)) + w
#
#
# res = optimize.minimize(penalised_nll, np.zeros(3), jac=gradient, method="BFGS")
# w_hat = res.x
# ```
#
# It reports "Desired error not necessarily achieved due to precision loss" and the weights stay \
# at zero. What's wrong?"""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     # the gradient of the penalised likelihood vanishes at the minimiser
#     'np.linalg.norm(X.T @ (scipy.special.expit(X @ w_hat) - y) + w_hat) < 1e-3',
#     # the data are the ones the shown code builds
#     '(lambda r: np.array_equal(X, r.normal(size=(200, 3))) and np.array_equal(y, (X @ np.array([1.5, -2.0, 0.5]) + r.normal(size=200) > 0).astype(float)))(np.random.default_rng(0))',
#     # scikit-learn minimises the same objective with C=1 and no intercept
#     'np.allclose(w_hat, sklearn.linear_model.LogisticRegression(C=1.0, fit_intercept=False, tol=1e-10).fit(X, y).coef_.ravel(), atol=1e-4)',
# ]
# difficulty = 'advanced'
# tags = ['debugging', 'minimization', 'derivatives', 'classification']
# ///
import numpy as np
from scipy import optimize
from scipy.special import expit

rng = np.random.default_rng(0)
X = rng.normal(size=(200, 3))
y = (X @ np.array([1.5, -2.0, 0.5]) + rng.normal(size=200) > 0).astype(float)


def penalised_nll(w):
    z = X @ w
    return np.sum(np.logaddexp(0, z) - y * z) + 0.5 * w @ w


def gradient(w):
    # the data term had its sign flipped (y - p instead of p - y), so the line search
    # found no descent; optimize.check_grad(penalised_nll, gradient, w) flags such errors
    return X.T @ (expit(X @ w) - y) + w


res = optimize.minimize(penalised_nll, np.zeros(3), jac=gradient, method="BFGS")
w_hat = res.x
