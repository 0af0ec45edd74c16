# /// example
# task = """
# Minimise the 2-D Rosenbrock function `optimize.rosen` from x0 = (-1.2, 1) with \
# `minimize(method="Newton-CG", jac=optimize.rosen_der, hess=optimize.rosen_hess)` (Newton-CG \
# with the analytic gradient and Hessian); store the OptimizeResult in `res` and its function \
# evaluation count in `n_evals`."""
# prompt = """
# Minimise the 2-D Rosenbrock function `optimize.rosen` from x0 = (-1.2, 1) with Newton-CG, \
# supplying scipy's analytic gradient and Hessian for it. Keep the result in `res` and the \
# function evaluation count in `n_evals`."""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     'res.success',
#     'np.allclose(res.x, [1.0, 1.0], atol=0.0001)',
#     'n_evals == res.nfev and n_evals > 0',
# ]
# difficulty = 'basic'
# tags = ['minimization', 'parameter-choice']
# family = 'optimize.minimize_rosenbrock'
# ///
import numpy as np
from scipy import optimize

x0 = np.array([-1.2, 1.0])
# Newton-CG requires jac; with the exact Hessian each Newton step is solved by conjugate
# gradients, and nfev counts only calls of rosen itself
res = optimize.minimize(
    optimize.rosen, x0, method="Newton-CG", jac=optimize.rosen_der, hess=optimize.rosen_hess
)
n_evals = res.nfev
