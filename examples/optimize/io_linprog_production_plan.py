# /// example
# task = """
# A workshop makes chairs and tables. Using the figures below (profit per item, machine and \
# labour hours per item, hours available), find how many chairs and tables maximise profit with \
# linear programming (fractional amounts allowed). Store the amounts as the array `plan` \
# (chairs, tables) and the maximal profit in `profit`.
#
# ```text
#            profit  machine_h  labour_h
# chairs         40          1         2
# tables         30          1         1
# available       -         12        16
# ```
#
# Wanted:
#
# ```text
# chairs = 4.0, tables = 8.0, profit = 400.0
# ```"""
# prompt = """
# Small production question: I want the most profitable mix of chairs and tables, as `plan` \
# (chairs, tables) and the best `profit`, fractions allowed, given
#
# ```text
#            profit  machine_h  labour_h
# chairs         40          1         2
# tables         30          1         1
# available       -         12        16
# ```
#
# On paper I get
#
# ```text
# chairs = 4.0, tables = 8.0, profit = 400.0
# ```
#
# How do I solve this with SciPy?"""
# task_type = 'input-output'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(plan, [4.0, 8.0])',
#     'np.isclose(profit, 400.0)',
# ]
# difficulty = 'basic'
# tags = ['constrained-optimization']
# ///
import numpy as np
from scipy import optimize

profit_per_item = np.array([40.0, 30.0])
hours_per_item = np.array([[1.0, 1.0], [2.0, 1.0]])  # rows: machine, labour
hours_available = np.array([12.0, 16.0])

# linprog minimises, so maximise profit by minimising its negative
result = optimize.linprog(
    -profit_per_item, A_ub=hours_per_item, b_ub=hours_available, bounds=[(0, None)] * 2
)
plan = result.x
profit = -result.fun
