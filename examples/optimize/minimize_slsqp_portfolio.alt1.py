import numpy as np
from scipy.optimize import minimize

R = np.asarray(returns, dtype=float)
# rescaling every return by one constant leaves the optimal weights unchanged
R = R / np.max(np.abs(R))
cov = np.cov(R, rowvar=False)
mu = R.mean(axis=0)
target = mu.mean()
n_assets = R.shape[1]

constraints = [
    {"type": "eq", "fun": lambda w: np.sum(w) - 1.0, "jac": lambda w: np.ones_like(w)},
    {"type": "ineq", "fun": lambda w: w @ mu - target, "jac": lambda w: mu},
]
res = minimize(
    lambda w: w @ cov @ w,
    x0=np.full(n_assets, 1.0 / n_assets),
    jac=lambda w: 2.0 * cov @ w,
    method="SLSQP",
    bounds=[(0.0, 1.0)] * n_assets,
    constraints=constraints,
    options={"ftol": 1e-12, "maxiter": 500},
)
w = res.x
