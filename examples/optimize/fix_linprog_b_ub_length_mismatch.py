# /// example
# task = """
# This code should find the production plan (x, y) that maximises the profit 3 x + 5 y subject to \
# x <= 4, 2 y <= 12 and 3 x + 2 y <= 18 with x, y >= 0, storing the plan in `plan` and the profit \
# in `profit`, but it raises an error:
#
# ```python
# from scipy import optimize
#
# result = optimize.linprog([-3, -5], A_ub=[[1, 0], [0, 2], [3, 2]], b_ub=[4, 12])
# plan = result.x
# profit = -result.fun
# ```
#
# ```text
# ValueError: Invalid input for linprog: b_ub must be a 1-D array; b_ub must not have more than one non-singleton dimension and the number of rows in A_ub must equal the number of values in b_ub
# ```
#
# Fix it."""
# prompt = """
# Two products, profit 3 x + 5 y, limits x <= 4, 2 y <= 12 and 3 x + 2 y <= 18 (and nothing \
# negative). I want the best plan in `plan` and its profit in `profit`:
#
# ```python
# from scipy import optimize
#
# result = optimize.linprog([-3, -5], A_ub=[[1, 0], [0, 2], [3, 2]], b_ub=[4, 12])
# plan = result.x
# profit = -result.fun
# ```
#
# ```text
# ValueError: Invalid input for linprog: b_ub must be a 1-D array; b_ub must not have more than one non-singleton dimension and the number of rows in A_ub must equal the number of values in b_ub
# ```"""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize']
# inputs = {}
# checks = [
#     # the optimum is the vertex where 2 y = 12 and 3 x + 2 y = 18 meet
#     'np.allclose(plan, [2, 6], atol=1e-7)',
#     'np.isclose(profit, 3 * 2 + 5 * 6)',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'linear-programming', 'operations-research']
# ///
from scipy import optimize

# one right-hand side per row of A_ub: the third limit (18) was missing
result = optimize.linprog([-3, -5], A_ub=[[1, 0], [0, 2], [3, 2]], b_ub=[4, 12, 18])
plan = result.x
profit = -result.fun
