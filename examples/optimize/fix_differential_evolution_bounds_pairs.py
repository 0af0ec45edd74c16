# /// example
# task = """
# This code should find the global minimum of Himmelblau's function \
# f(x, y) = (x^2 + y - 11)^2 + (x + y^2 - 7)^2 over the box 0 <= x <= 5, 0 <= y <= 5 with \
# differential evolution (seed 0) and store the result in `result`:
#
# ```python
# from scipy.optimize import differential_evolution
#
#
# def himmelblau(p):
#     x, y = p
#     return (x**2 + y - 11) ** 2 + (x + y**2 - 7) ** 2
#
#
# bounds = ([0, 0], [5, 5])
# result = differential_evolution(himmelblau, bounds, seed=0)
# ```
#
# It runs, but it reports the point (0, 5) with f = 360, far from the minimum. Fix it."""
# prompt = """
# I'm searching for the minimum of Himmelblau's function (x^2 + y - 11)^2 + (x + y^2 - 7)^2 with \
# both x and y between 0 and 5, using differential evolution with seed 0, in `result`:
#
# ```python
# from scipy.optimize import differential_evolution
#
#
# def himmelblau(p):
#     x, y = p
#     return (x**2 + y - 11) ** 2 + (x + y**2 - 7) ** 2
#
#
# bounds = ([0, 0], [5, 5])
# result = differential_evolution(himmelblau, bounds, seed=0)
# ```
#
# It gives me x = 0, y = 5 with a value of 360, which is obviously not the minimum. What's going on?"""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize']
# inputs = {}
# checks = [
#     'result.success',
#     # the only minimum of the function inside the box is f(3, 2) = 0
#     'np.allclose(result.x, [3.0, 2.0], atol=1e-4)',
#     'result.fun < 1e-8',
#     'np.all((result.x >= 0) & (result.x <= 5))',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'global-optimization', 'constrained-optimization']
# ///
from scipy.optimize import differential_evolution


def himmelblau(p):
    x, y = p
    return (x**2 + y - 11) ** 2 + (x + y**2 - 7) ** 2


# a list of bounds is one (min, max) pair per variable; ([0, 0], [5, 5]) pinned x to 0 and y to 5
bounds = [(0, 5), (0, 5)]
result = differential_evolution(himmelblau, bounds, seed=0)
