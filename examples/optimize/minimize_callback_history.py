# /// example
# task = """
# Minimise Himmelblau's function from (0, 0) with `minimize(method="BFGS")`, recording the \
# objective value after every iteration with a callback that takes the intermediate \
# `OptimizeResult` (`intermediate_result.fun`); store the values in the list `history` and the \
# final result in `res`."""
# prompt = """
# I'm minimising Himmelblau's function from (0, 0) with BFGS and want to track progress: use a \
# callback that receives the intermediate result and appends its objective value to a list \
# `history` once per iteration. Store the final result in `res`."""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     'res.success and len(history) == res.nit',
#     'np.all(np.diff(history) <= 1e-12) and np.isclose(history[-1], res.fun)',
#     'res.fun < 1e-10',
#     # BFGS returns its dense inverse-Hessian estimate as an array (L-BFGS-B returns an operator)
#     'isinstance(res.hess_inv, np.ndarray) and res.hess_inv.shape == (res.x.size, res.x.size)',
# ]
# difficulty = 'intermediate'
# tags = ['minimization', 'convergence']
# ///
import numpy as np
from scipy import optimize


def himmelblau(p):
    x, y = p
    return (x**2 + y - 11) ** 2 + (x + y**2 - 7) ** 2


history = []


# the parameter must be named intermediate_result for minimize to pass an OptimizeResult
# (with .fun) instead of only the current x
def record(intermediate_result):
    history.append(float(intermediate_result.fun))


res = optimize.minimize(himmelblau, x0=np.zeros(2), method="BFGS", callback=record)
