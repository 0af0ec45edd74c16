# /// example
# task = """
# This grid search should find the minimum of f(x, y) = (x - 3)^2 + (y + 1)^2 + 0.5 x y over the \
# box 0 <= x <= 2, 0 <= y <= 2 and store the minimiser in `x_best` and its value in `f_best`, but \
# the point it returns lies outside the box:
#
# ```python
# from scipy import optimize
#
#
# def cost(p):
#     x, y = p
#     return (x - 3) ** 2 + (y + 1) ** 2 + 0.5 * x * y
#
#
# x_best = optimize.brute(cost, ((0, 2), (0, 2)), Ns=21)
# f_best = cost(x_best)
# ```
#
# Fix it so that `x_best` is the minimiser within the box."""
# prompt = """
# I run a grid search over the box 0 <= x <= 2, 0 <= y <= 2 to minimise \
# f(x, y) = (x - 3)^2 + (y + 1)^2 + 0.5 x y, keeping the point in `x_best` and the value in \
# `f_best`:
#
# ```python
# from scipy import optimize
#
#
# def cost(p):
#     x, y = p
#     return (x - 3) ** 2 + (y + 1) ** 2 + 0.5 * x * y
#
#
# x_best = optimize.brute(cost, ((0, 2), (0, 2)), Ns=21)
# f_best = cost(x_best)
# ```
#
# but the answer is about (3.47, -1.87), which isn't even inside my ranges. How do I keep the \
# search inside the box?"""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     'np.all((np.asarray(x_best) >= 0) & (np.asarray(x_best) <= 2))',
#     # both partial derivatives push outward at the corner (2, 0), so it is the constrained minimum
#     'np.allclose(x_best, [2.0, 0.0], atol=1e-6)',
#     'np.isclose(f_best, 2.0, atol=1e-9)',
# ]
# difficulty = 'advanced'
# tags = ['debugging', 'global-optimization', 'constrained-optimization']
# ///
from scipy import optimize


def cost(p):
    x, y = p
    return (x - 3) ** 2 + (y + 1) ** 2 + 0.5 * x * y


box = ((0, 2), (0, 2))
# brute polishes with the unconstrained fmin by default, which walks out of the box;
# take the grid minimum and polish it with a solver that respects the bounds instead
grid_best = optimize.brute(cost, box, Ns=21, finish=None)
polished = optimize.minimize(cost, grid_best, method="L-BFGS-B", bounds=box)
x_best = polished.x
f_best = polished.fun
