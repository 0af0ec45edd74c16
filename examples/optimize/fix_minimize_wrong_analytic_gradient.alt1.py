import numpy as np
from scipy.optimize import check_grad, minimize
from scipy.special import expit

rng = np.random.default_rng(0)
X = rng.normal(size=(200, 3))
y = (X @ np.array([1.5, -2.0, 0.5]) + rng.normal(size=200) > 0).astype(float)


def penalised_nll(w):
    z = X @ w
    return np.sum(np.logaddexp(0, z) - y * z) + 0.5 * w @ w


def gradient(w):
    return X.T @ (expit(X @ w) - y) + w


# compare the analytic gradient with finite differences before trusting it
if check_grad(penalised_nll, gradient, np.ones(3)) > 1e-4:
    raise ValueError("analytic gradient disagrees with finite differences")
w_hat = minimize(penalised_nll, np.zeros(3), jac=gradient, method="L-BFGS-B").x
