# /// example
# task = """
# A workshop makes chairs (profit 20 per unit) and tables (profit 30 per unit). A chair needs 1 \
# hour of carpentry and 3 hours of finishing, a table 2 hours of each; 40 carpentry hours and 60 \
# finishing hours are available. This code should find the production plan that maximises profit, \
# storing the units of chairs and tables in `plan` and the profit in `profit`:
#
# ```python
# from scipy.optimize import linprog
#
# res = linprog(c=[20, 30], A_ub=[[1, 2], [3, 2]], b_ub=[40, 60], bounds=(0, None))
# plan = res.x
# profit = res.fun
# ```
#
# It runs, but it says to make nothing, for a profit of 0. Fix it."""
# prompt = """
# Chairs earn 20 and tables 30 each. Chairs take 1 h carpentry + 3 h finishing, tables 2 h + 2 h, \
# and I have 40 h of carpentry and 60 h of finishing. I want the most profitable `plan` (chairs, \
# tables) and its `profit`:
#
# ```python
# from scipy.optimize import linprog
#
# res = linprog(c=[20, 30], A_ub=[[1, 2], [3, 2]], b_ub=[40, 60], bounds=(0, None))
# plan = res.x
# profit = res.fun
# ```
#
# The answer is to make zero of everything, profit 0. Why?"""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     'np.all(np.asarray(plan) >= -1e-9)',
#     'np.all(np.array([[1, 2], [3, 2]]) @ np.asarray(plan) <= np.array([40, 60]) + 1e-9)',
#     'np.isclose(profit, 20 * plan[0] + 30 * plan[1])',
#     # the best vertex of the feasible region: (0, 0), (20, 0), (0, 20) or where both hours run out
#     'np.isclose(profit, max(20 * x + 30 * y for x, y in [(0, 0), (20, 0), (0, 20), tuple(np.linalg.solve([[1, 2], [3, 2]], [40, 60]))]))',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'linear-programming', 'operations-research']
# ///
from scipy.optimize import linprog

# linprog minimises c @ x: maximise profit by minimising its negative, then flip the sign back
res = linprog(c=[-20, -30], A_ub=[[1, 2], [3, 2]], b_ub=[40, 60], bounds=(0, None))
plan = res.x
profit = -res.fun
