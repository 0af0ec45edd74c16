# /// example
# task = """
# Minimise the 2-D Rosenbrock function `optimize.rosen` from x0 = (-1.2, 1) with \
# `minimize(method="Nelder-Mead")` (derivative-free simplex search); store the OptimizeResult in \
# `res` and its function evaluation count in `n_evals`."""
# prompt = """
# How many function evaluations does the derivative-free Nelder-Mead simplex method need on the \
# 2-D Rosenbrock function (`optimize.rosen`) from x0 = (-1.2, 1)? Store the optimisation result \
# in `res` and the evaluation count in `n_evals`."""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     'res.success',
#     'np.allclose(res.x, [1.0, 1.0], atol=0.001)',
#     'n_evals == res.nfev and n_evals > 0',
#     # the stated method's deterministic path from the stated start
#     "n_evals == scipy.optimize.minimize(scipy.optimize.rosen, [-1.2, 1.0], method='Nelder-Mead').nfev",
# ]
# difficulty = 'basic'
# tags = ['minimization', 'parameter-choice']
# family = 'optimize.minimize_rosenbrock'
# ///
import numpy as np
from scipy import optimize

x0 = np.array([-1.2, 1.0])
# Nelder-Mead uses function values only, so no jac is passed; it pays with many evaluations
res = optimize.minimize(optimize.rosen, x0, method="Nelder-Mead")
n_evals = res.nfev
