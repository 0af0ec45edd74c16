# /// example
# task = """
# Estimate the mean and standard deviation of `values` by maximum likelihood: standardise the \
# data by its median and standard deviation (so the optimiser and the finite differences work on \
# numbers of order one), minimise the normal negative log-likelihood of the standardised data \
# over (mu, log sigma) with `minimize(method="BFGS")` and its analytic gradient, compute the \
# Hessian at the optimum by finite differences of the gradient (`approx_fprime`), and map back to \
# the data's units: the estimates `mu_hat` and `sigma_hat`, and the standard errors `stderr` of \
# (mu, log sigma) from the Hessian's inverse; store the optimiser result in `res`."""
# prompt = """
# Estimate the mean and standard deviation of `values` by maximum likelihood. Standardise the \
# data by its median and standard deviation first so everything is order one, minimise the normal \
# negative log-likelihood over (mu, log sigma) with BFGS and the analytic gradient (result in \
# `res`), get the Hessian at the optimum by finite differences of the gradient, and map back to \
# the data's units: `mu_hat`, `sigma_hat` and the standard errors `stderr` of (mu, log sigma) \
# from the inverse Hessian."""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = { values = 'values' }
# checks = [
#     'res.success',
#     'np.isclose(mu_hat, np.mean(values), atol=1e-4 * np.std(values))',
#     'np.isclose(sigma_hat, np.std(values), rtol=1e-4)',
#     # for the normal model: se(mu) = sigma / sqrt(n), se(log sigma) = 1 / sqrt(2 n)
#     'np.allclose(stderr, [np.std(values) / np.sqrt(values.size), 1 / np.sqrt(2 * values.size)], rtol=1e-3)',
#     # BFGS returns its dense inverse-Hessian estimate as an array (L-BFGS-B returns an operator)
#     'isinstance(res.hess_inv, np.ndarray) and res.hess_inv.shape == (res.x.size, res.x.size)',
#     # the optimum on the standardised scale, for either standard deviation (ddof 0 or 1)
#     'any(np.allclose(res.x, [(np.mean(values) - np.median(values)) / np.std(values, ddof=d), np.log(np.std(values) / np.std(values, ddof=d))], atol=1e-4) for d in (0, 1))',
# ]
# difficulty = 'advanced'
# tags = ['distribution-fitting', 'parameter-uncertainty']
# [edge_cases]
# min_size = 2
# constant = false
# why = 'a normal likelihood has a maximum only for a positive spread: two or more values, not all equal'
# ///
import numpy as np
from scipy import optimize

# in the data's own units the gradient and a fixed finite-difference step would scale
# with the data (1e6 or 1e-6 apart): fit u = (values - centre) / spread instead
centre, spread = np.median(values), np.std(values)
u = (values - centre) / spread


def nll(theta):
    mu, log_sigma = theta
    z = (u - mu) / np.exp(log_sigma)
    return np.sum(0.5 * z**2 + log_sigma)


def nll_grad(theta):
    mu, log_sigma = theta
    z = (u - mu) / np.exp(log_sigma)
    return np.array([-np.sum(z) / np.exp(log_sigma), np.sum(1 - z**2)])


# log sigma keeps the scale positive without bounds; start at the median with unit spread
res = optimize.minimize(nll, [0.0, 0.0], jac=nll_grad, method="BFGS")
mu_hat, sigma_hat = centre + spread * res.x[0], spread * np.exp(res.x[1])
hessian = optimize.approx_fprime(res.x, nll_grad, 1e-6)
# mu's standard error scales with the spread; log sigma only shifts by log(spread)
stderr = np.sqrt(np.diag(np.linalg.inv(hessian))) * np.array([spread, 1.0])
