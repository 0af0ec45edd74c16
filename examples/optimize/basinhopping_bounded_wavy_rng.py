# /// example
# task = """
# Find the global minimum of f(x) = 0.1 x**2 + sin(3 x) + 0.5 cos(7 x) on -5 <= x <= 5 with \
# `basinhopping`: 15 hops of step size 1.5 from x = 4, local searches by SLSQP restricted to \
# the interval, and the random generator seeded with `rng=0`. Store the minimiser in `x_best` \
# and the minimum in `f_best`."""
# prompt = """
# My 1-D objective f(x) = 0.1 x^2 + sin(3 x) + 0.5 cos(7 x) has lots of local dips on [-5, 5] and \
# I want the deepest one. Use basin hopping (15 hops, step 1.5, start at x = 4, seed rng=0) with \
# SLSQP local searches kept inside [-5, 5]. Report `x_best` and `f_best`."""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     '-5 <= float(np.squeeze(x_best)) <= 5',
#     'np.isclose(f_best, 0.1 * float(np.squeeze(x_best)) ** 2 + np.sin(3 * float(np.squeeze(x_best))) + 0.5 * np.cos(7 * float(np.squeeze(x_best))))',
#     # the global minimum on a fine grid, refined: no lower value exists in [-5, 5]
#     'f_best <= np.min(0.1 * np.linspace(-5, 5, 200001) ** 2 + np.sin(3 * np.linspace(-5, 5, 200001)) + 0.5 * np.cos(7 * np.linspace(-5, 5, 200001))) + 1e-8',
# ]
# difficulty = 'intermediate'
# tags = ['global-optimization', 'constrained-optimization']
# requires = { scipy = ">=1.15" }
# ///
import numpy as np
from scipy import optimize


def wavy(x):
    x = x[0]
    return 0.1 * x**2 + np.sin(3 * x) + 0.5 * np.cos(7 * x)


# bounds go to the local minimiser; the random hops themselves may land outside and get pulled back
result = optimize.basinhopping(
    wavy,
    x0=[4.0],
    niter=15,
    stepsize=1.5,
    minimizer_kwargs={"method": "SLSQP", "bounds": [(-5, 5)]},
    rng=0,
)
x_best = result.x[0]
f_best = result.fun
