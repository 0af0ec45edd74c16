# /// example
# task = """
# This code should solve the equilibrium x**2 + k x - c = 0 for x with `fsolve` for the constants \
# k = 0.5 and c = 2 (starting from x = 1), storing the positive root in `root_value`, but it \
# raises an error:
#
# ```python
# from scipy import optimize
#
#
# def balance(x, k, c):
#     return x**2 + k * x - c
#
#
# root_value = optimize.fsolve(balance, 1.0)[0]
# ```
#
# ```text
# TypeError: balance() missing 2 required positional arguments: 'k' and 'c'
# ```
#
# Fix it."""
# prompt = """
# I solve x^2 + k x - c = 0 with fsolve, where k = 0.5 and c = 2 are parameters of my function, \
# starting at 1, and want the positive root in `root_value`:
#
# ```python
# from scipy import optimize
#
#
# def balance(x, k, c):
#     return x**2 + k * x - c
#
#
# root_value = optimize.fsolve(balance, 1.0)[0]
# ```
#
# ```text
# TypeError: balance() missing 2 required positional arguments: 'k' and 'c'
# ```"""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize']
# inputs = {}
# checks = [
#     # the positive root of x^2 + 0.5 x - 2
#     'np.isclose(root_value, (-0.5 + np.sqrt(0.25 + 8)) / 2, atol=1e-8)',
#     'np.ndim(root_value) == 0',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'root-finding']
# ///
from scipy import optimize


def balance(x, k, c):
    return x**2 + k * x - c


# extra parameters of the function are passed through args, as a tuple
root_value = optimize.fsolve(balance, 1.0, args=(0.5, 2.0))[0]
