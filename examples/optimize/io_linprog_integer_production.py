# /// example
# task = """
# Solve the integer linear program below with SciPy's `linprog`, marking both variables as \
# integers, and store the optimal (x, y) in `plan` and the maximal objective value in `profit`. \
# Its continuous relaxation would give (3, 1.5) and 21; the integer optimum is shown below.
#
# ```text
# maximise   5 x + 4 y
# subject to 6 x + 4 y <= 24
#            x + 2 y   <= 6
#            x, y >= 0 and integer
# ```
#
# Wanted:
#
# ```text
# plan = [4, 0], profit = 20
# ```"""
# prompt = """
# I make whole units of two products and want the most profitable plan. With scipy's linprog and \
# both variables forced to integers, what are `plan` and `profit`?
#
# ```text
# maximise   5 x + 4 y
# subject to 6 x + 4 y <= 24
#            x + 2 y   <= 6
#            x, y >= 0 and integer
# ```
#
# Rounding the continuous answer (3, 1.5) doesn't work, but enumerating by hand I found
#
# ```text
# plan = [4, 0], profit = 20
# ```"""
# task_type = 'input-output'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(plan, [4, 0])',
#     'np.isclose(profit, 20)',
#     # the value is the objective at the plan, a maximum (not the negated minimum)
#     'np.isclose(profit, 5 * plan[0] + 4 * plan[1])',
# ]
# difficulty = 'advanced'
# tags = ['linear-programming', 'operations-research']
# ///
import numpy as np
from scipy.optimize import linprog

profit_per_unit = np.array([5.0, 4.0])
A_ub = np.array([[6.0, 4.0], [1.0, 2.0]])
b_ub = np.array([24.0, 6.0])

# linprog minimises, so maximise the profit by minimising its negative;
# integrality=1 makes HiGHS branch and bound on that variable
result = linprog(-profit_per_unit, A_ub=A_ub, b_ub=b_ub, bounds=(0, None), integrality=[1, 1])
plan = np.round(result.x).astype(int)
profit = -result.fun
