# /// example
# task = """
# A feed mix uses oats (0.60 per kg) and soy meal (0.35 per kg). The mix must provide at least 8 \
# units of energy (oats 5, soy 7 per kg), at least 15 units of protein (oats 4, soy 2 per kg) and \
# at least 3 units of fibre (oats 2, soy 1 per kg). This code should find the cheapest amounts \
# (kg of oats, kg of soy) in `amounts` and their cost in `cost`:
#
# ```python
# from scipy.optimize import linprog
#
# requirements = [[5, 7], [4, 2], [2, 1]]
# minimum = [8, 15, 3]
# res = linprog(c=[0.60, 0.35], A_ub=requirements, b_ub=minimum, bounds=(0, None))
# amounts = res.x
# cost = res.fun
# ```
#
# It runs, but it recommends buying nothing at a cost of 0. Fix it."""
# prompt = """
# I'm minimising the cost of a feed mix: oats cost 0.60/kg and soy 0.35/kg; I need at least 8 \
# energy (5 per kg oats, 7 per kg soy), at least 15 protein (4 and 2 per kg) and at least 3 fibre \
# (2 and 1 per kg). I want `amounts` (kg oats, kg soy) and the `cost`:
#
# ```python
# from scipy.optimize import linprog
#
# requirements = [[5, 7], [4, 2], [2, 1]]
# minimum = [8, 15, 3]
# res = linprog(c=[0.60, 0.35], A_ub=requirements, b_ub=minimum, bounds=(0, None))
# amounts = res.x
# cost = res.fun
# ```
#
# The "optimal" mix is zero of everything, which meets none of the minimums. Why?"""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     'np.all(np.asarray(amounts) >= -1e-9)',
#     # every nutrient reaches its minimum
#     'np.all(np.array([[5, 7], [4, 2], [2, 1]]) @ np.asarray(amounts) >= np.array([8, 15, 3]) - 1e-9)',
#     'np.isclose(cost, 0.60 * amounts[0] + 0.35 * amounts[1])',
#     'np.isclose(cost, scipy.optimize.linprog([0.60, 0.35], A_ub=-np.array([[5, 7], [4, 2], [2, 1]]), b_ub=-np.array([8, 15, 3])).fun)',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'linear-programming', 'operations-research']
# ///
import numpy as np
from scipy.optimize import linprog

requirements = np.array([[5, 7], [4, 2], [2, 1]])
minimum = np.array([8, 15, 3])
# A_ub @ x <= b_ub only expresses upper limits: "at least" becomes -A @ x <= -b
res = linprog(c=[0.60, 0.35], A_ub=-requirements, b_ub=-minimum, bounds=(0, None))
amounts = res.x
cost = res.fun
