# /// example
# task = """
# Minimise the 2-D Rosenbrock function `optimize.rosen` from x0 = (-1.2, 1) with \
# `minimize(method="BFGS", jac=optimize.rosen_der)` (quasi-Newton with the analytic gradient); \
# store the OptimizeResult in `res` and its function evaluation count in `n_evals`."""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     'res.success',
#     'np.allclose(res.x, [1.0, 1.0], atol=1e-05)',
#     'n_evals == res.nfev and n_evals > 0',
# ]
# difficulty = 'basic'
# tags = ['minimization', 'rosenbrock', 'parameter-tuning']
# family = 'optimize.minimize_rosenbrock'
# ///
import numpy as np
from scipy import optimize

x0 = np.array([-1.2, 1.0])
res = optimize.minimize(optimize.rosen, x0, method="BFGS", jac=optimize.rosen_der)
n_evals = res.nfev
