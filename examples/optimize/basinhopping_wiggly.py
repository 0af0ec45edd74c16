# /// example
# task = """
# Find the global minimum of f(x) = cos(14.5 x - 0.3) + (x + 0.2) x, which has many local minima, \
# with `basinhopping` from x0 = 1: 25 hops (`niter=25`), `seed=2`, and BFGS as the local \
# minimiser via `minimizer_kwargs`; store the result in `res`."""
# prompt = """
# The function f(x) = cos(14.5 x - 0.3) + (x + 0.2) x has lots of local minima and I need the \
# global one. Use basin-hopping starting from x0 = 1 with 25 hops, seed=2 so it's reproducible, \
# and BFGS as the local minimiser; store the result in `res`."""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     'np.isclose(res.x[0], -0.195, atol=2e-3)',
#     'res.fun <= np.min(np.cos(14.5 * np.linspace(-3, 3, 60001) - 0.3) + (np.linspace(-3, 3, 60001) + 0.2) * np.linspace(-3, 3, 60001)) + 1e-6',
# ]
# difficulty = 'advanced'
# tags = ['global-optimization']
# ///
import numpy as np
from scipy import optimize


def wiggly(x):
    return np.cos(14.5 * x[0] - 0.3) + (x[0] + 0.2) * x[0]


# minimizer_kwargs go to the local minimize run after every hop; seed=2 makes the run reproducible
res = optimize.basinhopping(wiggly, x0=[1.0], niter=25, seed=2, minimizer_kwargs={"method": "BFGS"})
