# /// example
# task = """
# This code should find the cheapest way to buy exactly 10 units from three suppliers costing \
# 2, 3 and 4 per unit, each able to deliver at most 6 units, storing the amounts in `amounts` and \
# the cost in `cost`, but it raises an error:
#
# ```python
# from scipy import optimize
#
# result = optimize.linprog([2, 3, 4], A_eq=[1, 1, 1], b_eq=[10], bounds=[(0, 6)] * 3)
# amounts = result.x
# cost = result.fun
# ```
#
# ```text
# ValueError: Invalid input for linprog: A_eq must have exactly two dimensions, and the number of columns in A_eq must be equal to the size of c
# ```
#
# Fix it."""
# prompt = """
# I need exactly 10 units from three suppliers (unit prices 2, 3 and 4, at most 6 units each) at \
# the lowest cost; amounts in `amounts`, cost in `cost`:
#
# ```python
# from scipy import optimize
#
# result = optimize.linprog([2, 3, 4], A_eq=[1, 1, 1], b_eq=[10], bounds=[(0, 6)] * 3)
# amounts = result.x
# cost = result.fun
# ```
#
# ```text
# ValueError: Invalid input for linprog: A_eq must have exactly two dimensions, and the number of columns in A_eq must be equal to the size of c
# ```"""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize']
# inputs = {}
# checks = [
#     # fill the cheapest supplier to its 6-unit limit, the next one with the remaining 4
#     'np.allclose(amounts, [6, 4, 0], atol=1e-7)',
#     'np.isclose(cost, 2 * 6 + 3 * 4)',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'linear-programming', 'operations-research']
# ///
from scipy import optimize

# A_eq is a matrix, one row per equality constraint: a single constraint is [[1, 1, 1]]
result = optimize.linprog([2, 3, 4], A_eq=[[1, 1, 1]], b_eq=[10], bounds=[(0, 6)] * 3)
amounts = result.x
cost = result.fun
