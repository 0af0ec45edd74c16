# /// example
# task = """
# This code should find the global minimum of the six-hump camel function \
# f(x, y) = (4 - 2.1 x^2 + x^4 / 3) x^2 + x y + (-4 + 4 y^2) y^2 over -3 <= x <= 3, \
# -2 <= y <= 2 with differential evolution (seed 0) and store the result in `result`, but it \
# raises an error:
#
# ```python
# from scipy.optimize import differential_evolution
#
#
# def camel(x, y):
#     return (4 - 2.1 * x**2 + x**4 / 3) * x**2 + x * y + (-4 + 4 * y**2) * y**2
#
#
# result = differential_evolution(camel, [(-3, 3), (-2, 2)], seed=0)
# ```
#
# ```text
# RuntimeError: The map-like callable must be of the form f(func, iterable), returning a sequence of numbers the same length as 'iterable'
# ```
#
# Fix it."""
# prompt = """
# I'm trying differential evolution (seed 0) on the six-hump camel function \
# (4 - 2.1 x^2 + x^4 / 3) x^2 + x y + (-4 + 4 y^2) y^2 with x in [-3, 3] and y in [-2, 2], \
# keeping the answer in `result`:
#
# ```python
# from scipy.optimize import differential_evolution
#
#
# def camel(x, y):
#     return (4 - 2.1 * x**2 + x**4 / 3) * x**2 + x * y + (-4 + 4 * y**2) * y**2
#
#
# result = differential_evolution(camel, [(-3, 3), (-2, 2)], seed=0)
# ```
#
# The error makes no sense to me:
#
# ```text
# RuntimeError: The map-like callable must be of the form f(func, iterable), returning a sequence of numbers the same length as 'iterable'
# ```
#
# I'm not passing any map. What's wrong?"""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize']
# inputs = {}
# checks = [
#     'result.success',
#     # the two global minima, f = -1.0316 at (0.0898, -0.7126) and (-0.0898, 0.7126)
#     'min(np.abs(result.x - [0.0898, -0.7126]).max(), np.abs(result.x + [0.0898, -0.7126]).max()) < 1e-3',
#     'np.isclose(result.fun, (lambda x, y: (4 - 2.1 * x**2 + x**4 / 3) * x**2 + x * y + (-4 + 4 * y**2) * y**2)(*result.x))',
#     'result.fun < -1.0316',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'global-optimization', 'minimization']
# ///
from scipy.optimize import differential_evolution


# the optimiser passes one array holding all the unknowns: unpack it inside the objective
def camel(params):
    x, y = params
    return (4 - 2.1 * x**2 + x**4 / 3) * x**2 + x * y + (-4 + 4 * y**2) * y**2


result = differential_evolution(camel, [(-3, 3), (-2, 2)], seed=0)
