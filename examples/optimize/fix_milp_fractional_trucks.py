# /// example
# task = """
# This code should choose how many large trucks (10 t, cost 300) and small trucks (4 t, cost 140) \
# to hire to ship at least 37 t at the lowest cost, storing the truck counts in `trucks` and the \
# total cost in `cost`, but it returns 3.7 large trucks:
#
# ```python
# import numpy as np
# from scipy.optimize import LinearConstraint, milp
#
# unit_cost = np.array([300.0, 140.0])
# capacity = LinearConstraint([[10.0, 4.0]], lb=37.0, ub=np.inf)
# res = milp(unit_cost, constraints=capacity)
# trucks = res.x
# cost = res.fun
# ```
#
# Fix it so that `trucks` holds whole numbers of trucks with the lowest possible cost."""
# prompt = """
# I'm choosing how many 10 t trucks (300 each) and 4 t trucks (140 each) to hire to move at \
# least 37 t as cheaply as possible; counts in `trucks`, total in `cost`:
#
# ```python
# import numpy as np
# from scipy.optimize import LinearConstraint, milp
#
# unit_cost = np.array([300.0, 140.0])
# capacity = LinearConstraint([[10.0, 4.0]], lb=37.0, ub=np.inf)
# res = milp(unit_cost, constraints=capacity)
# trucks = res.x
# cost = res.fun
# ```
#
# It tells me to hire 3.7 large trucks. Rounding up to 4 costs 1200, but is that the cheapest?"""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(trucks, np.round(trucks)) and np.all(np.asarray(trucks) >= 0)',
#     'np.dot([10, 4], trucks) >= 37',
#     # brute force over every affordable fleet
#     'np.isclose(cost, min(300 * a + 140 * b for a in range(5) for b in range(11) if 10 * a + 4 * b >= 37))',
#     'np.isclose(cost, np.dot([300, 140], trucks))',
# ]
# difficulty = 'advanced'
# tags = ['debugging', 'linear-programming', 'operations-research']
# ///
import numpy as np
from scipy.optimize import LinearConstraint, milp

unit_cost = np.array([300.0, 140.0])
capacity = LinearConstraint([[10.0, 4.0]], lb=37.0, ub=np.inf)
# without integrality milp solves the continuous relaxation; 1 marks each variable as integer
res = milp(unit_cost, constraints=capacity, integrality=np.ones(2))
trucks = res.x
cost = res.fun
