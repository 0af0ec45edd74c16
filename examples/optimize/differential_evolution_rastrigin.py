# /// example
# task = """
# Find the global minimum of the 2-D Rastrigin function (many local minima, global minimum 0 at \
# the origin) on [-5.12, 5.12]^2 with `differential_evolution`, reproducibly (`seed=1`) and with \
# a small iteration budget (`maxiter=200`), evaluating the whole population in one vectorised \
# call (`vectorized=True`, `updating="deferred"`); store the result in `res`."""
# prompt = """
# Find the global minimum of the 2-D Rastrigin function on [-5.12, 5.12]^2 (lots of local minima, \
# global minimum 0 at the origin) using differential evolution. Make it reproducible with seed=1, \
# cap it at maxiter=200, and evaluate the whole population in one vectorised call with deferred \
# updating; store the result in `res`."""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     'abs(res.fun) < 1e-8',
#     # the reported minimum is the Rastrigin value 10 * 2 + sum(x**2 - 10 cos(2 pi x)) at res.x
#     'np.isclose(res.fun, 20 + np.sum(res.x**2 - 10 * np.cos(2 * np.pi * res.x)), atol=1e-8)',
#     'np.allclose(res.x, 0, atol=1e-5)',
#     # the stated run repeated: deferred updating sets the generations, and a vectorised function
#     # is called once per generation (nfev counts calls), not once per candidate
#     '(lambda ref: res.nit == ref.nit and res.nfev == ref.nfev)(scipy.optimize.differential_evolution(lambda x: 20 + np.sum(x**2 - 10 * np.cos(2 * np.pi * x), axis=0), [(-5.12, 5.12)] * 2, seed=1, maxiter=200, vectorized=True, updating="deferred"))',
# ]
# difficulty = 'intermediate'
# tags = ['global-optimization']
# ///
import numpy as np
from scipy import optimize


def rastrigin(x):
    # x has shape (n_dims, n_candidates) when vectorized=True
    return 10 * x.shape[0] + np.sum(x**2 - 10 * np.cos(2 * np.pi * x), axis=0)


res = optimize.differential_evolution(
    rastrigin,
    bounds=[(-5.12, 5.12)] * 2,
    seed=1,
    maxiter=200,
    vectorized=True,
    updating="deferred",  # one call evaluates the whole population
)
