import numpy as np
from scipy.optimize import approx_fprime, minimize

data = np.asarray(values, dtype=float)
centre = np.median(data)
unit = np.std(data)
z = (data - centre) / unit
n = z.size


def nll(theta):
    mu, log_sigma = theta
    r = (z - mu) / np.exp(log_sigma)
    return n * log_sigma + 0.5 * np.sum(r**2)


def nll_grad(theta):
    mu, log_sigma = theta
    r = (z - mu) / np.exp(log_sigma)
    return np.array([-np.sum(r) / np.exp(log_sigma), n - np.sum(r**2)])


res = minimize(nll, x0=np.zeros(2), jac=nll_grad, method="BFGS")
# Hessian by finite differences of the analytic gradient, row by row
hessian = np.array([approx_fprime(res.x, lambda t, i=i: nll_grad(t)[i], 1e-6) for i in range(2)])
hessian = 0.5 * (hessian + hessian.T)
se_std = np.sqrt(np.diag(np.linalg.inv(hessian)))

mu_hat = centre + unit * res.x[0]
sigma_hat = unit * np.exp(res.x[1])
# mu scales with the data's unit; log sigma only shifts by log(unit), so its error is unchanged
stderr = np.array([unit * se_std[0], se_std[1]])
