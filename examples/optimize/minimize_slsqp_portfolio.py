# /// example
# task = """
# Treat the columns of `returns` as the per-period returns of assets and find long-only portfolio \
# weights `w` with minimum variance (sample covariance `cov`) whose expected return (column means \
# `mu`) is at least the average of the assets' mean returns, using `minimize(method="SLSQP")` \
# with an equality constraint (weights sum to 1) and an inequality constraint (return target) as \
# constraint dicts, plus bounds [0, 1]. SLSQP's tolerances are absolute, so compute `cov` and \
# `mu` from the returns divided by their largest magnitude (the optimal weights do not change) \
# and tighten `ftol`. Store the result in `res`."""
# prompt = """
# The columns of `returns` are per-period returns of assets. Find long-only weights `w` (each in \
# [0, 1], summing to 1) with minimum variance, using the sample covariance `cov`, subject to an \
# expected return (column means `mu`) at least the average of the assets' mean returns. Use SLSQP \
# with constraint dicts (an equality for the sum, an inequality for the target); since its \
# tolerances are absolute, compute `cov` and `mu` from the returns divided by their largest \
# magnitude and tighten ftol (e.g. 1e-10). Store the result in `res`."""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = { returns = 'matrix' }
# checks = [
#     'w.shape == (returns.shape[1],) and np.isclose(w.sum(), 1) and np.all(w >= -1e-10)',
#     'w @ returns.mean(axis=0) >= returns.mean(axis=0).mean() - 1e-8 * np.abs(returns).max()',
#     # optimal at first order: moving towards equal weights or towards any single asset that meets
#     # the target does not lower the variance, (cov @ w)[i] >= w @ cov @ w, so by convexity neither
#     # is less risky (up to SLSQP's tolerance, in units of the largest |return| squared)
#     'np.min((np.cov(returns, rowvar=False) @ w)[returns.mean(axis=0) >= min(returns.mean(axis=0).mean(), returns.mean(axis=0).max())], initial=np.mean(np.cov(returns, rowvar=False) @ w)) >= w @ np.cov(returns, rowvar=False) @ w - 1e-5 * np.abs(returns).max() ** 2',
# ]
# difficulty = 'intermediate'
# tags = ['minimization', 'constrained-optimization']
# [edge_cases]
# min_size = 2
# constant = false
# why = 'a covariance needs two or more periods, and with every return equal there is no risk to minimise'
# ///
import numpy as np
from scipy import optimize

# SLSQP's tolerances are absolute: measure returns in units of the largest |return| (the
# optimal weights do not change), and stop only when the variance changes by less than
# 1e-10 of that unit squared, not the default 1e-6 (coarse when the optimum's variance is small)
scaled = returns / np.abs(returns).max()
cov = np.cov(scaled, rowvar=False)
mu = scaled.mean(axis=0)
target = mu.mean()
n_assets = mu.size
constraints = [
    {"type": "eq", "fun": lambda w: w.sum() - 1.0},
    {"type": "ineq", "fun": lambda w: w @ mu - target},  # "ineq" means fun(w) >= 0
]
res = optimize.minimize(
    lambda w: w @ cov @ w,
    np.full(n_assets, 1 / n_assets),
    jac=lambda w: 2 * cov @ w,
    method="SLSQP",
    constraints=constraints,
    bounds=[(0, 1)] * n_assets,
    options={"ftol": 1e-10},
)
if not res.success:
    raise RuntimeError(f"SLSQP failed: {res.message}")
w = res.x
