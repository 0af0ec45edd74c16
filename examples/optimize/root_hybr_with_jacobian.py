# /// example
# task = """
# Solve the nonlinear system x + 0.5 (x - y)**3 = 1, 0.5 (y - x)**3 + y = 0 with \
# `optimize.root(method="hybr")`, where the function returns both the residuals and the Jacobian \
# (`jac=True`); store the result in `res`."""
# prompt = """
# Solve the nonlinear system x + 0.5 (x - y)**3 = 1, 0.5 (y - x)**3 + y = 0 with scipy's root \
# finder using the hybrid Powell method, where my function returns both the residuals and the \
# Jacobian. Store the result in `res`."""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     'res.success',
#     'np.allclose([res.x[0] + 0.5 * (res.x[0] - res.x[1])**3 - 1, 0.5 * (res.x[1] - res.x[0])**3 + res.x[1]], 0, atol=1e-10)',
#     # hybr (MINPACK) reports its triangular factor `r`, and `njev` only when it used the Jacobian
#     '"r" in res and res.get("njev", 0) >= 1',
# ]
# difficulty = 'intermediate'
# tags = ['root-finding', 'nonlinear-system', 'derivatives']
# ///
import numpy as np
from scipy import optimize


def system(v):
    x, y = v
    residuals = np.array([x + 0.5 * (x - y) ** 3 - 1.0, 0.5 * (y - x) ** 3 + y])
    d = 1.5 * (x - y) ** 2
    jacobian = np.array([[1 + d, -d], [-d, 1 + d]])
    return residuals, jacobian


# jac=True tells root that system returns (residuals, Jacobian) together
res = optimize.root(system, x0=[0.0, 0.0], jac=True, method="hybr")
