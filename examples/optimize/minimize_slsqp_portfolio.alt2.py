import numpy as np
import scipy.optimize as so

scaled = returns / np.abs(returns).max()  # a common scale leaves the optimal weights unchanged
mu = scaled.mean(axis=0)
cov = np.cov(scaled, rowvar=False)
n = len(mu)


def variance(weights):
    return weights @ cov @ weights


cons = (
    {"type": "eq", "fun": lambda weights: weights.sum() - 1},
    {"type": "ineq", "fun": lambda weights: weights @ mu - mu.mean()},
)
res = so.minimize(
    variance,
    np.ones(n) / n,
    method="SLSQP",
    bounds=so.Bounds(np.zeros(n), np.ones(n)),
    constraints=cons,
    options={"ftol": 1e-14, "maxiter": 1000},
)
w = res.x
