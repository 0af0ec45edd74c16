# /// example
# task = """
# Minimise the 4-D Rosenbrock function from (-1, 1, -1, 1) with Nelder-Mead, deliberately capped \
# at 200 iterations, so the first run stops early: store its `success` flag in `first_success` \
# and its message in `first_message`, then restart from the last point (up to 10 times, 2000 \
# iterations each) until `res.success`; count restarts in `restarts`."""
# prompt = """
# Minimise the 4-D Rosenbrock function from (-1, 1, -1, 1) with Nelder-Mead, with tight \
# tolerances (xatol 1e-8, fatol 1e-10) but deliberately capped at 200 iterations so the first run \
# stops early; save its success flag in `first_success` and its message in `first_message`. Then \
# restart from the last point, up to 10 times with 2000 iterations each, until `res.success` is \
# true, counting the restarts in `restarts`."""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     'not first_success and isinstance(first_message, str)',
#     'res.success and 1 <= restarts <= 10',
#     'np.allclose(res.x, 1.0, atol=1e-4)',
# ]
# difficulty = 'intermediate'
# tags = ['minimization', 'error-handling', 'convergence']
# ///
import numpy as np
from scipy import optimize

x0 = np.array([-1.0, 1.0, -1.0, 1.0])
options = {"maxiter": 200, "xatol": 1e-8, "fatol": 1e-10}
res = optimize.minimize(optimize.rosen, x0, method="Nelder-Mead", options=options)
first_success, first_message = res.success, res.message
restarts = 0
while not res.success and restarts < 10:
    # a fresh simplex around the last point also helps Nelder-Mead escape stagnation
    res = optimize.minimize(
        optimize.rosen, res.x, method="Nelder-Mead", options={**options, "maxiter": 2000}
    )
    restarts += 1
